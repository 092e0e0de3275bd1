#pragma once
// The skip-connections demo in the window (`trainscope --demo skip-connections`, or its entry
// in New Training Run): both ResNets trained and both landscapes computed in the background
// with progress and Cancel (core/landscape/SkipConnectionDemo.h), then the two runs opened and
// the two surfaces shown side by side on one colour scale (widgets::LandscapeComparison).
#include "core/Settings.h"

#include <QString>

namespace ts::app {

class MainWindow;

// runPath names the files: its stem is the prefix (STEM-short.h5, STEM-noshort.h5, ...).
void startSkipConnectionsDemo(MainWindow& window, const ts::Settings& training, const QString& runPath);

} // namespace ts::app
