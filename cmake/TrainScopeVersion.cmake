# The version of this build, computed at configure time (tools/build.sh configures on every
# build, so it follows the checkout): `git describe --tags --always --dirty`, written the way
# Debian versions must be (starting with a digit, only [0-9A-Za-z.+~]):
#   tag v1.2.0                  -> 1.2.0
#   3 commits after tag v1.2.0  -> 1.2.0+git3.1a2b3c4
#   no tag (180 commits)        -> <project version>+git180.1a2b3c4
#   uncommitted changes         -> ... .dirty appended
# Not a git checkout (a source tarball): the project version alone. The one string is shown
# by `trainscope --version`, `trainscope help`, the About box and used as the package version.
find_package(Git QUIET) # here, not in the function: resources/CMakeLists.txt uses it too
function(trainscope_compute_version out)
  set(version "${PROJECT_VERSION}")
  if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE describe RESULT_VARIABLE rc
      OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(rc EQUAL 0 AND describe)
      set(dirty "")
      if(describe MATCHES "-dirty$")
        set(dirty ".dirty")
        string(REGEX REPLACE "-dirty$" "" describe "${describe}")
      endif()
      # A tag is a version (digits and a dot at least, v optional); a bare hash may also
      # start with a digit, so it is told apart by having no dot.
      if(describe MATCHES "^v?([0-9]+\\.[0-9A-Za-z.~+]*)-([0-9]+)-g([0-9a-f]+)$")
        set(version "${CMAKE_MATCH_1}+git${CMAKE_MATCH_2}.${CMAKE_MATCH_3}")
      elseif(describe MATCHES "^v?([0-9]+\\.[0-9A-Za-z.~+]*)$")
        set(version "${CMAKE_MATCH_1}")
      elseif(describe MATCHES "^[0-9a-f]+$")
        # No tag yet: the number of commits orders builds of the same project version.
        execute_process(COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
          WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" OUTPUT_VARIABLE count
          OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        set(version "${PROJECT_VERSION}+git${count}.${describe}")
      endif()
      set(version "${version}${dirty}")
    endif()
  endif()
  set(${out} "${version}" PARENT_SCOPE)
endfunction()
