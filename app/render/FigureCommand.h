#pragma once
namespace ts::app {
// `trainscope figure SPEC.json --out FIG.pdf|svg|png [--dpi N]`: a figure of several panels
// for a paper (docs/paper-figures.md), without a window. Creates its own (offscreen) QApplication.
int figureCommand(int argc, char** argv);
} // namespace ts::app
