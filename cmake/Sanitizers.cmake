# ASan + UBSan as an interface target, switched on with -DAIRDESK_SANITIZERS=ON.
include_guard(GLOBAL)

add_library(airdesk_sanitizers INTERFACE)
target_compile_options(airdesk_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
target_link_options(airdesk_sanitizers INTERFACE -fsanitize=address,undefined)
