chattr -i "$1"/tree*/b_sub/imm 2>/dev/null || true
