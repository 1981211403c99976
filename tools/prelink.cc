// prelink: makes loading libnode cheap. Run once by tools/bootstrap on the unpacked copy.
//
// usage: prelink <libnode.so>   (rewrites the file in place; idempotent)
//
// Debian's libnode is linked with -z now and exports ~60,000 symbols with default
// visibility, so loading it performs ~50,000 symbol look-ups before main(): two thirds
// of a hello-world's start, and ~10 MB of symbol tables paged in. Two rewrites:
//
// 1. Self-binding of functions. A symbolic relocation (R_X86_64_64, GLOB_DAT) against a
//    function libnode itself defines resolves, in nodus, to that same definition anyway:
//    the only objects searched before libnode are the nodus executable, which exports
//    only napi_*/node_api_*/nodus_* (and libnode's own code never needs ours). Such a
//    relocation becomes R_X86_64_RELATIVE, which needs no look-up (the effect of linking
//    with -Bsymbolic-functions). IFUNCs, data and undefined symbols are left alone.
//    Likewise a PLT slot (JUMP_SLOT) for a function libnode defines gets that function's
//    address as its initial GOT value: the loader's lazy set-up adds the load base to it,
//    so calls go straight to the function and never through the resolver.
// 2. Lazy PLT binding: DF_BIND_NOW/DF_1_NOW are cleared and PT_GNU_RELRO ends where .got
//    begins, GNU ld's default "partial RELRO", so the remaining PLT slots (calls into
//    libstdc++, OpenSSL, ICU, libc) bind on first call instead of all at load.
#include <elf.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

struct Image {
  std::vector<char> bytes;
  Elf64_Ehdr* eh() { return reinterpret_cast<Elf64_Ehdr*>(bytes.data()); }
  Elf64_Shdr* sections() { return reinterpret_cast<Elf64_Shdr*>(bytes.data() + eh()->e_shoff); }
  Elf64_Phdr* segments() { return reinterpret_cast<Elf64_Phdr*>(bytes.data() + eh()->e_phoff); }
  Elf64_Shdr* Find(const char* name) {
    const char* names = bytes.data() + sections()[eh()->e_shstrndx].sh_offset;
    for (int i = 0; i < eh()->e_shnum; i++)
      if (std::strcmp(names + sections()[i].sh_name, name) == 0) return &sections()[i];
    return nullptr;
  }
  template <typename T>
  T* At(Elf64_Off off) { return reinterpret_cast<T*>(bytes.data() + off); }
};

// Rewrites symbolic relocations against libnode's own functions as relative ones.
int SelfBindFunctions(Image& img) {
  Elf64_Shdr* dynsym = img.Find(".dynsym");
  Elf64_Shdr* rela = img.Find(".rela.dyn");
  if (!dynsym || !rela) return 0;
  auto* syms = img.At<Elf64_Sym>(dynsym->sh_offset);
  auto* r = img.At<Elf64_Rela>(rela->sh_offset);
  size_t n = rela->sh_size / sizeof(Elf64_Rela);
  int changed = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t type = ELF64_R_TYPE(r[i].r_info);
    if (type != R_X86_64_64 && type != R_X86_64_GLOB_DAT) continue;
    const Elf64_Sym& s = syms[ELF64_R_SYM(r[i].r_info)];
    if (s.st_shndx == SHN_UNDEF || s.st_shndx >= SHN_LORESERVE) continue;
    if (ELF64_ST_TYPE(s.st_info) != STT_FUNC) continue;
    if (ELF64_ST_VISIBILITY(s.st_other) != STV_DEFAULT &&
        ELF64_ST_VISIBILITY(s.st_other) != STV_PROTECTED)
      continue;
    Elf64_Sxword addend = type == R_X86_64_64 ? r[i].r_addend : 0;
    r[i].r_info = ELF64_R_INFO(0, R_X86_64_RELATIVE);
    r[i].r_addend = static_cast<Elf64_Sxword>(s.st_value) + addend;
    changed++;
  }
  return changed;
}

// Points PLT slots for libnode's own functions straight at them (see the top comment).
int PrebindPltSlots(Image& img) {
  Elf64_Shdr* dynsym = img.Find(".dynsym");
  Elf64_Shdr* rela = img.Find(".rela.plt");
  if (!dynsym || !rela) return 0;
  auto* syms = img.At<Elf64_Sym>(dynsym->sh_offset);
  auto* r = img.At<Elf64_Rela>(rela->sh_offset);
  size_t n = rela->sh_size / sizeof(Elf64_Rela);
  Elf64_Phdr* ph = img.segments();
  int changed = 0;
  for (size_t i = 0; i < n; i++) {
    if (ELF64_R_TYPE(r[i].r_info) != R_X86_64_JUMP_SLOT) continue;
    const Elf64_Sym& s = syms[ELF64_R_SYM(r[i].r_info)];
    if (s.st_shndx == SHN_UNDEF || s.st_shndx >= SHN_LORESERVE) continue;
    if (ELF64_ST_TYPE(s.st_info) != STT_FUNC) continue;
    if (ELF64_ST_VISIBILITY(s.st_other) != STV_DEFAULT) continue;
    // The file offset of the GOT slot, through the PT_LOAD that maps it.
    for (int k = 0; k < img.eh()->e_phnum; k++) {
      if (ph[k].p_type != PT_LOAD || r[i].r_offset < ph[k].p_vaddr ||
          r[i].r_offset + 8 > ph[k].p_vaddr + ph[k].p_filesz)
        continue;
      *img.At<Elf64_Addr>(ph[k].p_offset + (r[i].r_offset - ph[k].p_vaddr)) = s.st_value;
      changed++;
      break;
    }
  }
  return changed;
}

int MakeLazy(Image& img) {
  Elf64_Shdr* got = img.Find(".got");
  if (!got) return 0;
  int changed = 0;
  Elf64_Phdr* ph = img.segments();
  for (int i = 0; i < img.eh()->e_phnum; i++) {
    if (ph[i].p_type == PT_GNU_RELRO && ph[i].p_vaddr < got->sh_addr &&
        ph[i].p_vaddr + ph[i].p_memsz > got->sh_addr) {
      ph[i].p_memsz = ph[i].p_filesz = got->sh_addr - ph[i].p_vaddr;
      changed++;
    }
    if (ph[i].p_type != PT_DYNAMIC) continue;
    for (auto* d = img.At<Elf64_Dyn>(ph[i].p_offset); d->d_tag != DT_NULL; d++) {
      if (d->d_tag == DT_FLAGS && (d->d_un.d_val & DF_BIND_NOW)) {
        d->d_un.d_val &= ~static_cast<Elf64_Xword>(DF_BIND_NOW);
        changed++;
      }
      if (d->d_tag == DT_FLAGS_1 && (d->d_un.d_val & DF_1_NOW)) {
        d->d_un.d_val &= ~static_cast<Elf64_Xword>(DF_1_NOW);
        changed++;
      }
    }
  }
  return changed;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: prelink <lib.so>\n");
    return 2;
  }
  Image img;
  {
    std::ifstream in(argv[1], std::ios::binary);
    img.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (img.bytes.size() < sizeof(Elf64_Ehdr) || std::memcmp(img.bytes.data(), ELFMAG, SELFMAG) != 0 ||
      img.bytes[EI_CLASS] != ELFCLASS64 || img.eh()->e_machine != EM_X86_64) {
    std::fprintf(stderr, "prelink: %s is not an x86-64 ELF file\n", argv[1]);
    return 1;
  }
  int relocs = SelfBindFunctions(img);
  int slots = PrebindPltSlots(img);
  int flags = MakeLazy(img);
  std::string tmp = std::string(argv[1]) + ".tmp";
  // Written in 64 KiB pieces: the page cache then holds the file in small folios, and a
  // process that touches one page of a mapping of it is charged that much, not 2 MiB.
  std::ofstream out(tmp, std::ios::binary);
  for (size_t off = 0; off < img.bytes.size() && out; off += 65536) {
    size_t len = std::min<size_t>(65536, img.bytes.size() - off);
    out.write(img.bytes.data() + off, static_cast<std::streamsize>(len));
    out.flush();
  }
  out.close();
  if (!out || std::rename(tmp.c_str(), argv[1]) != 0) {
    std::fprintf(stderr, "prelink: cannot write %s\n", argv[1]);
    return 1;
  }
  std::printf("prelink: %s: %d relocations self-bound, %d PLT slots pre-bound, %d flags/segments changed\n",
              argv[1], relocs, slots, flags);
  return 0;
}
