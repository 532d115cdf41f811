# Compiler warnings and the Qt hygiene defines every Airdesk target gets.
include_guard(GLOBAL)

add_library(airdesk_compiler_settings INTERFACE)
target_compile_options(airdesk_compiler_settings INTERFACE
    -Wall -Wextra -Wpedantic
    $<$<BOOL:${AIRDESK_WARNINGS_AS_ERRORS}>:-Werror>)
target_compile_definitions(airdesk_compiler_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    AIRDESK_VERSION="${PROJECT_VERSION}")

# airdesk_apply_settings(<target>): warnings, defines and sanitizers for one target.
function(airdesk_apply_settings target)
    target_link_libraries(${target} PRIVATE airdesk_compiler_settings)
    if(AIRDESK_SANITIZERS)
        target_link_libraries(${target} PRIVATE airdesk_sanitizers)
    endif()
endfunction()
