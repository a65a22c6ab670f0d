# Small helpers so each library, executable and test is a few lines. Dependencies point one way:
#   gui -> stack -> kube -> common;  kubesim -> common.   kube, stack and kubesim never link
#   QtWidgets or QtQuick (sd_add_library checks it).

set(SD_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
set(SD_CORE_LIBRARIES sd_common sd_schema sd_kube sd_stack sd_kubesim sd_topology sd_deploy sd_monitor sd_ops)

function(sd_apply_common_options target)
    target_compile_options(${target} PRIVATE ${SD_WARNING_FLAGS})
    if(STACKDECK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Keep building with newer Qt 6: nothing deprecated before 6.4 may be used.
    target_compile_definitions(${target} PRIVATE
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
    if(STACKDECK_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# sd_add_library(<name> SOURCES ... [PUBLIC_DEPENDS ...] [PRIVATE_DEPENDS ...])
# Creates static library sd_<name> with alias sd::<name>; headers are included as "<name>/file.h".
function(sd_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPENDS;PRIVATE_DEPENDS" ${ARGN})
    set(target sd_${name})
    qt_add_library(${target} STATIC ${ARG_SOURCES})
    add_library(sd::${name} ALIAS ${target})
    # Forms are held by value (Ui::Foo m_ui), so uic's output is part of the public headers.
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/app" "${PROJECT_BINARY_DIR}/app"
                                                "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/include")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
    sd_apply_common_options(${target})
    if(target IN_LIST SD_CORE_LIBRARIES)
        foreach(dep IN LISTS ARG_PUBLIC_DEPENDS ARG_PRIVATE_DEPENDS)
            if(dep MATCHES "Widgets|Quick")
                message(FATAL_ERROR "${target} is a core library and must not link ${dep}")
            endif()
        endforeach()
    endif()
endfunction()

# sd_add_executable(<name> SOURCES ... DEPENDS ... [GUI])
function(sd_add_executable name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;DEPENDS" ${ARGN})
    if(ARG_GUI)
        qt_add_executable(${name} WIN32 MACOSX_BUNDLE ${ARG_SOURCES})
    else()
        qt_add_executable(${name} ${ARG_SOURCES})
    endif()
    target_link_libraries(${name} PRIVATE ${ARG_DEPENDS})
    sd_apply_common_options(${name})
endfunction()

# sd_add_test(<name> SOURCES ... DEPENDS ... [LABELS ...] [ENVIRONMENT ...] [TIMEOUT s] [WRAPPER cmd...])
# A Qt Test executable registered with CTest. GUI tests get the offscreen platform by default.
function(sd_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPENDS;LABELS;ENVIRONMENT;WRAPPER" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPENDS})
    target_compile_definitions(${name} PRIVATE
        SD_SOURCE_DIR="${PROJECT_SOURCE_DIR}" SD_BINARY_DIR="${PROJECT_BINARY_DIR}")
    sd_apply_common_options(${name})
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    if("core" IN_LIST ARG_LABELS)
        set_property(GLOBAL APPEND PROPERTY SD_CORE_TESTS ${name})
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_BACKEND=software;${ARG_ENVIRONMENT}")
endfunction()

# After all tests are defined: `core_tests` builds just the core libraries' tests (label "core"),
# which is what the sanitizer build runs.
function(sd_add_core_tests_target)
    get_property(tests GLOBAL PROPERTY SD_CORE_TESTS)
    add_custom_target(core_tests DEPENDS ${tests})
endfunction()
