#pragma once
// A figure for a paper as plain JSON (docs/paper-figures.md): a page of a physical size, a
// grid of panels (each a view of runs with its `render` options), one font, panel letters and
// shared axes. Read by `trainscope figure` and by File → Compose Figure…, which saves the same.
#include <QJsonObject>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ts::widgets {

struct FigurePanel {
    QStringList runs; // "run": one path, or a list (curves overlays several runs)
    QString view = "curves";
    QJsonObject options; // `render`'s options without the "--": {"metrics": "a,b", "logx": true}
    QString title;       // "" keeps the view's own title
};

struct FigureSpec {
    QString width = "17.8cm", height = "12cm"; // a number and a unit: cm, mm, in or pt
    int dpi = 300;                             // PNG pixels per inch (and the preview's)
    QString fontFamily = "DejaVu Sans";
    double fontSize = 8; // points, every text of every panel
    int columns = 2;
    bool letters = true;                        // (a), (b), … at each panel's top left
    QString sharedX = "none", sharedY = "none"; // none | all | rows | columns
    QVector<FigurePanel> panels;
    // The folder relative run paths are resolved against (the spec file's); not saved.
    QString baseDir;

    int rows() const { return columns > 0 ? int((panels.size() + columns - 1) / columns) : 0; }
    // The page in points (1/72 in); empty if width or height does not parse.
    QSizeF sizeInPoints() const;
    // A run path as written, resolved against baseDir.
    QString resolvedRun(const QString& run) const;
};

// "17.8cm", "85 mm", "3.5in", "252pt" in points; nullopt if the text is no positive length with a unit.
std::optional<double> lengthInPoints(const QString& text);
QStringList sharedAxisModes();

// Returns false with *error naming the field (and the panel, "panels[2].view") on bad input.
bool figureSpecFromJson(const QByteArray& json, FigureSpec* spec, QString* error);
QByteArray figureSpecToJson(const FigureSpec& spec);
bool loadFigureSpec(const QString& path, FigureSpec* spec, QString* error);
bool saveFigureSpec(const QString& path, const FigureSpec& spec, QString* error);

} // namespace ts::widgets
