#include "widgets/figure/FigureSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <set>

namespace ts::widgets {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// Every key of `object` must be one of `known`; names the first stranger.
bool knownKeys(const QJsonObject& object, const std::set<QString>& known, const QString& where, QString* error)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.count(it.key())) {
            QStringList names;
            for (const auto& k : known)
                names << k;
            return fail(error, QCoreApplication::translate("FigureSpec", "%1: unknown key '%2' (known: %3)").arg(where, it.key(), names.join(", ")));
        }
    return true;
}

QString field(const QString& where, const QString& key) { return where.isEmpty() ? key : where + "." + key; }

bool readShared(const QJsonObject& o, const QString& key, QString* target, QString* error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    if (v.isBool()) {
        *target = v.toBool() ? "all" : "none";
        return true;
    }
    if (v.isString() && sharedAxisModes().contains(v.toString())) {
        *target = v.toString();
        return true;
    }
    return fail(error, QCoreApplication::translate("FigureSpec", "%1: must be true, false, \"rows\" or \"columns\"").arg(key));
}

bool readPanel(const QJsonValue& value, const QString& where, FigurePanel* panel, QString* error)
{
    if (!value.isObject())
        return fail(error, QCoreApplication::translate("FigureSpec", "%1: a panel must be an object {\"run\": …, \"view\": …}").arg(where));
    const QJsonObject o = value.toObject();
    if (!knownKeys(o, {"run", "view", "options", "title"}, where, error))
        return false;
    const QJsonValue run = o.value("run");
    if (run.isString() && !run.toString().isEmpty()) {
        panel->runs = QStringList{run.toString()};
    } else if (run.isArray() && !run.toArray().isEmpty()) {
        for (const QJsonValue& r : run.toArray()) {
            if (!r.isString() || r.toString().isEmpty())
                return fail(error, QCoreApplication::translate("FigureSpec", "%1: every run must be a file path").arg(field(where, "run")));
            panel->runs << r.toString();
        }
    } else {
        return fail(error, QCoreApplication::translate("FigureSpec", "%1: missing run (a run file, or a list of them)").arg(field(where, "run")));
    }
    if (o.contains("view")) {
        if (!o.value("view").isString() || o.value("view").toString().isEmpty())
            return fail(error, QCoreApplication::translate("FigureSpec", "%1: must be a view name").arg(field(where, "view")));
        panel->view = o.value("view").toString();
    }
    if (o.contains("options")) {
        if (!o.value("options").isObject())
            return fail(error, QCoreApplication::translate("FigureSpec", "%1: must be an object of render options").arg(field(where, "options")));
        panel->options = o.value("options").toObject();
        for (auto it = panel->options.begin(); it != panel->options.end(); ++it)
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool())
                return fail(
                    error,
                    QCoreApplication::translate("FigureSpec", "%1: must be a string, a number or true/false").arg(field(field(where, "options"), it.key())));
    }
    if (o.contains("title")) {
        if (!o.value("title").isString())
            return fail(error, QCoreApplication::translate("FigureSpec", "%1: must be a string").arg(field(where, "title")));
        panel->title = o.value("title").toString();
    }
    return true;
}

QJsonValue sharedToJson(const QString& mode)
{
    if (mode == "none")
        return false;
    if (mode == "all")
        return true;
    return mode;
}

} // namespace

QStringList sharedAxisModes() { return {"none", "all", "rows", "columns"}; }

std::optional<double> lengthInPoints(const QString& text)
{
    static const QRegularExpression re(R"(^\s*([0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*(cm|mm|in|pt)\s*$)");
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double points = unit == "cm" ? v / 2.54 * 72 : unit == "mm" ? v / 25.4 * 72 : unit == "in" ? v * 72 : v;
    if (!(points > 0) || !std::isfinite(points))
        return std::nullopt;
    return points;
}

QSizeF FigureSpec::sizeInPoints() const
{
    const auto w = lengthInPoints(width), h = lengthInPoints(height);
    return w && h ? QSizeF(*w, *h) : QSizeF();
}

QString FigureSpec::resolvedRun(const QString& run) const
{
    if (QFileInfo(run).isAbsolute() || baseDir.isEmpty())
        return run;
    return QDir(baseDir).filePath(run);
}

bool figureSpecFromJson(const QByteArray& json, FigureSpec* spec, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(error, QCoreApplication::translate("FigureSpec", "not JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset));
    if (!doc.isObject())
        return fail(error, QCoreApplication::translate("FigureSpec", "the spec must be a JSON object"));
    const QJsonObject o = doc.object();
    if (!knownKeys(
            o, {"comment", "width", "height", "dpi", "font", "columns", "letters", "shared_x", "shared_y", "panels"},
            QStringLiteral("spec"), error))
        return false;
    FigureSpec s;
    for (const char* key : {"width", "height"}) {
        if (!o.contains(key))
            continue;
        const QString text = o.value(key).toString();
        if (!o.value(key).isString())
            return fail(
                error,
                QCoreApplication::translate("FigureSpec", "%1: must be a string with a unit (e.g. \"17.8cm\", \"85mm\", \"3.5in\", \"252pt\")").arg(key));
        if (!lengthInPoints(text))
            return fail(error, QCoreApplication::translate("FigureSpec", "%1: '%2' is not a length with a unit (cm, mm, in or pt)").arg(key, text));
        (QString(key) == "width" ? s.width : s.height) = text;
    }
    if (o.contains("dpi")) {
        const double dpi = o.value("dpi").toDouble(-1);
        if (!o.value("dpi").isDouble() || dpi != std::floor(dpi) || dpi < 36 || dpi > 2400)
            return fail(error, QCoreApplication::translate("FigureSpec", "dpi: must be a whole number between 36 and 2400"));
        s.dpi = int(dpi);
    }
    if (o.contains("font")) {
        if (!o.value("font").isObject())
            return fail(error, QCoreApplication::translate("FigureSpec", "font: must be an object {\"family\": …, \"size\": …}"));
        const QJsonObject f = o.value("font").toObject();
        if (!knownKeys(f, {"family", "size"}, "font", error))
            return false;
        if (f.contains("family")) {
            if (!f.value("family").isString() || f.value("family").toString().isEmpty())
                return fail(error, QCoreApplication::translate("FigureSpec", "font.family: must be a font family name"));
            s.fontFamily = f.value("family").toString();
        }
        if (f.contains("size")) {
            const double size = f.value("size").toDouble(-1);
            if (!f.value("size").isDouble() || size < 2 || size > 72)
                return fail(error, QCoreApplication::translate("FigureSpec", "font.size: must be a number of points between 2 and 72"));
            s.fontSize = size;
        }
    }
    if (o.contains("columns")) {
        const double c = o.value("columns").toDouble(-1);
        if (!o.value("columns").isDouble() || c != std::floor(c) || c < 1 || c > 12)
            return fail(error, QCoreApplication::translate("FigureSpec", "columns: must be a whole number between 1 and 12"));
        s.columns = int(c);
    }
    if (o.contains("letters")) {
        if (!o.value("letters").isBool())
            return fail(error, QCoreApplication::translate("FigureSpec", "letters: must be true or false"));
        s.letters = o.value("letters").toBool();
    }
    if (!readShared(o, "shared_x", &s.sharedX, error) || !readShared(o, "shared_y", &s.sharedY, error))
        return false;
    if (!o.value("panels").isArray() || o.value("panels").toArray().isEmpty())
        return fail(error, QCoreApplication::translate("FigureSpec", "panels: missing (a list of at least one panel)"));
    const QJsonArray panels = o.value("panels").toArray();
    for (int i = 0; i < panels.size(); ++i) {
        FigurePanel p;
        if (!readPanel(panels[i], QString("panels[%1]").arg(i), &p, error))
            return false;
        s.panels << p;
    }
    s.baseDir = spec->baseDir;
    *spec = s;
    return true;
}

QByteArray figureSpecToJson(const FigureSpec& s)
{
    QJsonObject o;
    o["width"] = s.width;
    o["height"] = s.height;
    o["dpi"] = s.dpi;
    o["font"] = QJsonObject{{"family", s.fontFamily}, {"size", s.fontSize}};
    o["columns"] = s.columns;
    o["letters"] = s.letters;
    o["shared_x"] = sharedToJson(s.sharedX);
    o["shared_y"] = sharedToJson(s.sharedY);
    QJsonArray panels;
    for (const auto& p : s.panels) {
        QJsonObject j;
        j["run"] = p.runs.size() == 1 ? QJsonValue(p.runs.front()) : QJsonValue(QJsonArray::fromStringList(p.runs));
        j["view"] = p.view;
        if (!p.options.isEmpty())
            j["options"] = p.options;
        if (!p.title.isEmpty())
            j["title"] = p.title;
        panels.append(j);
    }
    o["panels"] = panels;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool loadFigureSpec(const QString& path, FigureSpec* spec, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QCoreApplication::translate("FigureSpec", "%1: cannot read the file").arg(path));
    FigureSpec s;
    s.baseDir = QFileInfo(path).absolutePath();
    QString e;
    if (!figureSpecFromJson(file.readAll(), &s, &e))
        return fail(error, QString("%1: %2").arg(path, e));
    *spec = s;
    return true;
}

bool saveFigureSpec(const QString& path, const FigureSpec& spec, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(figureSpecToJson(spec)) < 0)
        return fail(error, QCoreApplication::translate("FigureSpec", "%1: cannot write the file").arg(path));
    return true;
}

} // namespace ts::widgets
