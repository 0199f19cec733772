# ASan + UBSan for every target when CHRONOGRAPH_SANITIZE is on.
if(CHRONOGRAPH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# The fuzz build instruments everything for coverage; the fuzz target itself links libFuzzer's main.
if(CHRONOGRAPH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CHRONOGRAPH_FUZZ needs clang: CXX=clang++ cmake -S . -B build-fuzz -DCHRONOGRAPH_FUZZ=ON")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
