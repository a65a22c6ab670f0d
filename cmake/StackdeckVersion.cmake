# The version lives in one place: project(VERSION) plus `git describe` when the tree is a git
# checkout. The describe part is refreshed at build time, so a new commit shows without re-running
# CMake; the generated header is only rewritten when its content changes.
set(SD_VERSION_HEADER "${PROJECT_BINARY_DIR}/app/common/version_git.h")
add_custom_target(sd_version_header
    COMMAND ${CMAKE_COMMAND}
        -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
        -DOUTPUT=${SD_VERSION_HEADER}
        -P ${CMAKE_CURRENT_LIST_DIR}/WriteGitVersion.cmake
    BYPRODUCTS ${SD_VERSION_HEADER}
    COMMENT "Checking git describe"
    VERBATIM)
