// lazybind: lets the dynamic loader bind a shared library's PLT slots lazily.
//
// usage: lazybind <lib.so>   (rewrites the file in place; idempotent)
//
// Debian builds libnode with -z now (BIND_NOW + full RELRO): loading it resolves all of
// its ~30,000 PLT slots before main(), which costs ~10 ms, a third of a hello-world run.
// nodus calls only a small part of libnode. This clears DF_BIND_NOW and DF_1_NOW and
// shortens PT_GNU_RELRO so that it ends where .got begins: the result is GNU ld's
// default "partial RELRO" (vtables and .data.rel.ro still read-only after relocation,
// the GOT writable so that it can be filled lazily).
#include <elf.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: lazybind <lib.so>\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<char> b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (b.size() < sizeof(Elf64_Ehdr) || std::memcmp(b.data(), ELFMAG, SELFMAG) != 0 ||
      b[EI_CLASS] != ELFCLASS64) {
    std::fprintf(stderr, "lazybind: %s is not a 64-bit ELF file\n", argv[1]);
    return 1;
  }
  auto* eh = reinterpret_cast<Elf64_Ehdr*>(b.data());
  auto* ph = reinterpret_cast<Elf64_Phdr*>(b.data() + eh->e_phoff);
  auto* sh = reinterpret_cast<Elf64_Shdr*>(b.data() + eh->e_shoff);
  const char* shstr = b.data() + sh[eh->e_shstrndx].sh_offset;

  Elf64_Addr got = 0;
  for (int i = 0; i < eh->e_shnum; i++)
    if (std::strcmp(shstr + sh[i].sh_name, ".got") == 0) got = sh[i].sh_addr;
  if (got == 0) {
    std::fprintf(stderr, "lazybind: no .got section\n");
    return 1;
  }

  int changed = 0;
  for (int i = 0; i < eh->e_phnum; i++) {
    if (ph[i].p_type == PT_GNU_RELRO && ph[i].p_vaddr + ph[i].p_memsz > got &&
        ph[i].p_vaddr < got) {
      ph[i].p_memsz = ph[i].p_filesz = got - ph[i].p_vaddr;
      changed++;
    }
    if (ph[i].p_type != PT_DYNAMIC) continue;
    auto* dyn = reinterpret_cast<Elf64_Dyn*>(b.data() + ph[i].p_offset);
    for (; dyn->d_tag != DT_NULL; dyn++) {
      if (dyn->d_tag == DT_FLAGS && (dyn->d_un.d_val & DF_BIND_NOW)) {
        dyn->d_un.d_val &= ~static_cast<Elf64_Xword>(DF_BIND_NOW);
        changed++;
      }
      if (dyn->d_tag == DT_FLAGS_1 && (dyn->d_un.d_val & DF_1_NOW)) {
        dyn->d_un.d_val &= ~static_cast<Elf64_Xword>(DF_1_NOW);
        changed++;
      }
    }
  }
  std::string tmp = std::string(argv[1]) + ".tmp";
  std::ofstream out(tmp, std::ios::binary);
  out.write(b.data(), static_cast<std::streamsize>(b.size()));
  out.close();
  if (!out || std::rename(tmp.c_str(), argv[1]) != 0) {
    std::fprintf(stderr, "lazybind: cannot write %s\n", argv[1]);
    return 1;
  }
  std::printf("lazybind: %s: %d change(s)\n", argv[1], changed);
  return 0;
}
