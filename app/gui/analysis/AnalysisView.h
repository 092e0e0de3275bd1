#pragma once
// One result view of an analysis: a stable key (the `render --view` name), a tab title in
// the user's language, and the widget.
#include <QString>

class QWidget;

namespace ts::app {

struct AnalysisView {
    QString key;
    QString title;
    QWidget* widget = nullptr;
};

} // namespace ts::app
