#pragma once
namespace ts::cli {
// This build's version (cmake/TrainScopeVersion.cmake): `git describe` at configure time in
// Debian's form, e.g. 0.1.0+git180.10e24ba, or the project version outside a git checkout.
const char* version();
} // namespace ts::cli
