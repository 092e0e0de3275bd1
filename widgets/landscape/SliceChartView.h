#pragma once
// A 1-D slice of the landscape: the loss (left axis, optionally log) and the paired accuracy
// (right axis) along direction 1, for a 1-D surface or one row of a 2-D one (by default the
// row through y = 0). Checkpoints on the slice are drawn as markers. Exports through
// FigureExporter (it is a QChartView) and as CSV.
#include "core/landscape/Surface.h"
#include "widgets/charts/Presentation.h"
#include "widgets/export/CsvExportable.h"
#include "widgets/landscape/LandscapeScene.h"

#include <QChartView>

namespace ts::widgets {

class SliceChartView : public QChartView, public ts::widgets::CsvExportable, public Presentable {
    Q_OBJECT
public:
    explicit SliceChartView(QWidget* parent = nullptr);

    void setSurface(const LandscapeSurface& surface);
    void setOptions(const SceneOptions& options);
    // The row of a 2-D surface to show (-1: the row nearest y = 0).
    void setRow(int64_t iy);
    int64_t row() const;

    // The curves as drawn: x, loss, accuracy (NaN where missing).
    struct Slice {
        std::vector<double> x, loss, accuracy;
        std::string lossName, accuracyName;
    };
    Slice slice() const;
    bool writeCsv(const QString& path, QString* error) const override;
    void setPresentation(const Presentation& presentation) override;
    QSize sizeHint() const override { return {700, 420}; }

private:
    void rebuild();

    LandscapeSurface surface_;
    SceneOptions options_;
    int64_t row_ = -1;
    Presentation presentation_;
};

} // namespace ts::widgets
