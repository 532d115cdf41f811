# libFuzzer targets, switched on with -DAIRDESK_FUZZ=ON (clang only). Every Airdesk library is
# then instrumented for coverage (fuzzer-no-link) with ASan + UBSan, and each fuzz target links
# the libFuzzer driver.
include_guard(GLOBAL)

option(AIRDESK_FUZZ "Build the libFuzzer targets under tests/fuzz (clang only)" OFF)

if(AIRDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "AIRDESK_FUZZ=ON needs clang (configure with -DCMAKE_CXX_COMPILER=clang++)")
    endif()
    target_compile_options(airdesk_compiler_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(airdesk_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
