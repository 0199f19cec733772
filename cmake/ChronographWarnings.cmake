# Warnings as an interface target: link chronograph_warnings to opt a target in.
add_library(chronograph_warnings INTERFACE)
target_compile_options(chronograph_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference
    -Wimplicit-fallthrough>
  # GCC 12 reports -Wrestrict inside std::string concatenation (GCC bug 105329): a false positive.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
  # GCC 12 reports -Wmaybe-uninitialized inside boost::optional (Boost.Graph edge iterators) and
  # nlohmann::json iterators when inlined into our code: false positives. Clang's checks stay on.
  $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
if(CHRONOGRAPH_WERROR)
  target_compile_options(chronograph_warnings INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>)
endif()
