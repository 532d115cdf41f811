# airdesk_add_test(<name> SOURCES ... LIBRARIES ... [LABELS ...] [TIMEOUT s])
# One executable per suite, run offscreen with asserts forced on.
include_guard(GLOBAL)

function(airdesk_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    airdesk_apply_settings(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS
        AIRDESK_SHARED_DIR="${AIRDESK_SHARED_DIR}"
        AIRDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=airdesk.*.debug=false")
endfunction()
