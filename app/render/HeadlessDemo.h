#pragma once
namespace ts::app {
// The main job without a display: trains the demo (or takes the given runs) headless and
// writes its figures (PNG, SVG, PDF, CSV) to a folder it names on the terminal.
int runHeadless(int argc, char** argv);
} // namespace ts::app
