#pragma once
// File → Compose Figure…: a figure spec (FigureSpec) edited as a table of panels (runs, view,
// `render` options, title) and the page (size with a unit, DPI, font, grid columns, letters,
// shared axes), previewed, saved and loaded as the JSON that `trainscope figure` reads, and
// exported as PDF, SVG or PNG.
#include "widgets/figure/FigureRenderer.h"
#include "widgets/figure/FigureSpec.h"

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace ts::widgets {

class FigureComposerDialog : public QDialog {
    Q_OBJECT
public:
    // runs: the open runs, offered in each panel's run list; renderer: how to draw a spec.
    FigureComposerDialog(const QStringList& runs, const FigureRenderer& renderer, QWidget* parent = nullptr);

    // The spec as edited (run paths absolute where they were loaded from a file).
    FigureSpec spec() const;
    void setSpec(const FigureSpec& spec);
    // Without file dialogs (the buttons ask for the path, then call these); "" or the error.
    QString loadSpec(const QString& path);
    QString saveSpec(const QString& path);
    QString exportFigure(const QString& path);
    QString preview();

    QTableWidget* panelTable() const { return table_; }

    // "--metrics a,b --logx --points 11" ↔ {"metrics": "a,b", "logx": true, "points": 11}.
    static QJsonObject optionsFromText(const QString& text, QString* error);
    static QString optionsToText(const QJsonObject& options);

private:
    void addPanel(const FigurePanel& panel);
    void removePanel();
    void chooseAndLoad();
    void chooseAndSave();
    void chooseAndExport();
    void runPreview();
    bool readTable(FigureSpec* spec, QString* error) const;
    void showError(const QString& message);
    void setBusy(bool busy, const QString& message = {});
    // The spec with the table's panels, or "" and the error; and progress per computed panel.
    bool checkedSpec(FigureSpec* spec, QString* error);
    std::function<void(int)> panelProgress(int panels);

    QStringList runs_;
    FigureRenderer renderer_;
    QTableWidget* table_;
    QDoubleSpinBox* width_;
    QComboBox* widthUnit_;
    QDoubleSpinBox* height_;
    QComboBox* heightUnit_;
    QSpinBox* dpi_;
    QFontComboBox* fontFamily_;
    QDoubleSpinBox* fontSize_;
    QSpinBox* columns_;
    QCheckBox* letters_;
    QComboBox* sharedX_;
    QComboBox* sharedY_;
    QLabel* status_;
    QLabel* preview_;
    QString lastDir_;
};

} // namespace ts::widgets
