# Two trees, each with an immutable file that no one (root included) can unlink.
set -e
for t in tree tree2; do
  mkdir -p "$1/$t/b_sub"
  for f in a1 a2 c3; do echo x > "$1/$t/$f"; done
  echo y > "$1/$t/b_sub/imm"
  echo z > "$1/$t/b_sub/zz"
  chattr +i "$1/$t/b_sub/imm"
done
