#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// File → Export: PNG (size, DPI), SVG, PDF, CSV of the plotted data, LaTeX (pgfplots) of a 2-D
// chart, or copy to clipboard.
class ExportReaction : public Reaction {
    Q_OBJECT
public:
    enum class Format { Png, Svg, Pdf, Csv, Clipboard, Tex };
    ExportReaction(MainWindow& window, Format format);
    void retranslate() override;

protected:
    void onTriggered() override;

private:
    void exportLatex(QWidget* view);
    Format format_;
};

} // namespace ts::app
