#pragma once
namespace ts::app {
// `trainscope [RUN.h5 ...] [--demo NAME]`: the desktop application. Needs a display: main()
// runs the headless demo (app/render/HeadlessDemo.h) where hasDisplay() is false.
int runGui(int argc, char** argv);
bool hasDisplay();
} // namespace ts::app
