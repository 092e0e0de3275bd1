# The Debian package (tools/package.sh; docs/packaging.md): CPack's DEB generator over the
# install rules. Runtime dependencies are computed by dpkg-shlibdeps from the binary; only what
# it cannot see is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME trainscope)
set(CPACK_PACKAGE_VERSION "${TRAINSCOPE_VERSION}")
set(CPACK_PACKAGE_VENDOR "The TrainScope developers")
set(CPACK_PACKAGE_CONTACT "${TRAINSCOPE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see how neural networks train")
set(CPACK_PACKAGE_DESCRIPTION
  "TrainScope runs training jobs through a LibTorch engine, or opens runs recorded
from PyTorch scripts, stores them as HDF5 run files, shows them live in a Qt
desktop application and analyses them: interpolation and mode connectivity,
loss landscapes, Hessian sharpness, grokking and mixture-of-experts routing.
It includes the trainscope command-line tool and the Python recorder module.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/package")
set(CPACK_STRIP_FILES ON)
set(CPACK_SET_DESTDIR OFF)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # trainscope_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${TRAINSCOPE_HOMEPAGE}")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Merged with what dpkg-shlibdeps finds. Neither is linked, so it cannot see them:
# - python3: the recorder module (/usr/lib/python3/dist-packages/trainscope) is Python;
# - qt6-qpa-plugins: Qt loads its platform plugins (xcb, wayland, offscreen) at run time,
#   and without one neither the window nor `trainscope render` starts.
if(TRAINSCOPE_GUI)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3, qt6-qpa-plugins")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3")
endif()
# The recorder imports numpy and h5py; Qt's own translations and Mesa's drivers are loaded at
# run time too. Recommended, as the program runs without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3-numpy, python3-h5py")
if(TRAINSCOPE_GUI)
  string(APPEND CPACK_DEBIAN_PACKAGE_RECOMMENDS ", qt6-translations-l10n, libgl1-mesa-dri")
endif()
include(CPack)
