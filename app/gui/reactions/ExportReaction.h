#pragma once
#include "app/gui/reactions/Reaction.h"

namespace ts::app {

// File → Export: PNG (size, DPI), SVG, PDF, CSV of the plotted data, or copy to clipboard.
class ExportReaction : public Reaction {
    Q_OBJECT
public:
    enum class Format { Png, Svg, Pdf, Csv, Clipboard };
    ExportReaction(MainWindow& window, Format format);
    void retranslate() override;

protected:
    void onTriggered() override;

private:
    Format format_;
};

} // namespace ts::app
