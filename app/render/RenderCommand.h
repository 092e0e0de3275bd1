#pragma once
namespace ts::app {
// `trainscope render RUN.h5 [RUN2.h5 ...] --view curves --out FIG.(png|svg|pdf|csv) ...`:
// figures without a window. Creates its own (offscreen) QApplication.
int renderCommand(int argc, char** argv);
} // namespace ts::app
