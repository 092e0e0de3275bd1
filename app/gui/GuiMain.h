#pragma once
namespace ts::app {
// `trainscope [RUN.h5 ...] [--demo NAME]`: the desktop application. Without a display it
// runs headless instead (see HeadlessDemo.h), so the command still produces something real.
int runGui(int argc, char** argv);
bool hasDisplay();
} // namespace ts::app
