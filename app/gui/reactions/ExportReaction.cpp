#include "app/gui/reactions/ExportReaction.h"

#include "app/gui/MainWindow.h"
#include "widgets/charts/CurveChartView.h"
#include "widgets/export/CsvExportable.h"
#include "widgets/export/FigureExporter.h"
#include "widgets/export/ExportOptionsDialog.h"
#include "widgets/export/ChartExport.h"
#include "widgets/export/LatexExportDialog.h"
#include "widgets/export/LatexFigures.h"

#include <QFileDialog>

#include <cmath>

namespace ts::app {

namespace {
const char* kNames[] = {"actionExportPng", "actionExportSvg", "actionExportPdf", "actionExportCsv", "actionCopyImage",
                        "actionExportTex"};
}

ExportReaction::ExportReaction(MainWindow& window, Format format)
    : Reaction(window, kNames[int(format)]), format_(format)
{
    if (format == Format::Clipboard)
        action()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    if (format == Format::Png)
        action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    retranslate();
}

void ExportReaction::retranslate()
{
    switch (format_) {
    case Format::Png: action()->setText(tr("Export as &PNG…")); break;
    case Format::Svg: action()->setText(tr("Export as &SVG…")); break;
    case Format::Pdf: action()->setText(tr("Export as P&DF…")); break;
    case Format::Csv: action()->setText(tr("Export Data as &CSV…")); break;
    case Format::Clipboard: action()->setText(tr("&Copy Image")); break;
    case Format::Tex: action()->setText(tr("Export as &LaTeX (pgfplots)…")); break;
    }
}

void ExportReaction::onTriggered()
{
    // The current tab: the training curves, or an analysis chart or heatmap.
    QWidget* view = window_.currentView();
    if (format_ == Format::Tex && view)
        return exportLatex(view);
    auto* chart = qobject_cast<ts::widgets::CurveChartView*>(view);
    auto* csvView = dynamic_cast<ts::widgets::CsvExportable*>(view);
    QString error;
    bool ok = true;
    if (format_ == Format::Clipboard) {
        if (chart) {
            ok = widgets::copyChartToClipboard(*chart, &error);
        } else {
            ts::widgets::FigureExporter exporter(view);
            exporter.setPixelSize(view->size());
            exporter.setDpi(96);
            ok = exporter.copyToClipboard();
            error = exporter.errorString();
        }
        if (ok)
            window_.logInfo(tr("Copied the view to the clipboard"));
    } else {
        const char* filters[] = {"PNG (*.png)", "SVG (*.svg)", "PDF (*.pdf)", "CSV (*.csv)"};
        const char* suffix[] = {"png", "svg", "pdf", "csv"};
        const QString path = QFileDialog::getSaveFileName(&window_, tr("Export"), QString("figure.") + suffix[int(format_)],
                                                          filters[int(format_)]);
        if (path.isEmpty())
            return;
        QSize size = view->size();
        int dpi = 96;
        if (format_ != Format::Csv) {
            widgets::ExportOptionsDialog options(format_ != Format::Svg, &window_);
            if (options.exec() != QDialog::Accepted)
                return;
            size = options.pixelSize();
            dpi = options.dpi();
        }
        if (chart)
            ok = widgets::exportChart(*chart, path, widgets::FigureFormat(int(format_)), size, dpi, &error);
        else if (format_ == Format::Csv)
            ok = csvView ? csvView->writeCsv(path, &error) : false;
        else
            ok = widgets::exportWidget(*view, path, widgets::FigureFormat(int(format_)), size, dpi, &error);
        if (ok)
            window_.logInfo(tr("Exported %1").arg(path));
        else if (error.isEmpty())
            error = tr("This view has no data to export as CSV.");
    }
    if (!ok)
        window_.showError(tr("Export failed"), error);
}

void ExportReaction::exportLatex(QWidget* view)
{
    // Said before asking for a file: the 3-D surface, the pathway graph and tables have no pgfplots form.
    QString error;
    if (!widgets::latexFigureOf(*view, &error)) {
        window_.showError(tr("Export failed"), error);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(&window_, tr("Export"), "figure.tex", "LaTeX (*.tex)");
    if (path.isEmpty())
        return;
    widgets::LatexExportDialog options(&window_);
    if (options.exec() != QDialog::Accepted)
        return;
    // The size on paper as pixels at 254 dpi (100 per cm): the decimation's columns.
    const QSizeF cm = options.sizeCm();
    const widgets::LatexOptions latex = options.options();
    if (widgets::exportWidget(*view, path, widgets::FigureFormat::Tex,
                              QSize(int(std::lround(cm.width() * 100)), int(std::lround(cm.height() * 100))), 254,
                              &error, &latex))
        window_.logInfo(tr("Exported %1").arg(path));
    else
        window_.showError(tr("Export failed"), error);
}

} // namespace ts::app
