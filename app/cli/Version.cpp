#include "app/cli/Version.h"

#include "TrainScopeVersion.h"

namespace ts::cli {

const char* version() { return TRAINSCOPE_VERSION; }

} // namespace ts::cli
