# ASan + UBSan for every target when CHRONOGRAPH_SANITIZE is on.
if(CHRONOGRAPH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
