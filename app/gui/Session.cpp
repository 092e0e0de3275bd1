#include "app/gui/Session.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ts::app {

bool Session::save(const QString& path, QString* error) const
{
    QJsonObject o;
    o["format"] = "trainscope-session";
    o["version"] = kVersion;
    QJsonArray rs;
    for (const auto& r : runs)
        rs.append(QJsonObject{{"path", r.path}, {"checked", r.checked}});
    o["runs"] = rs;
    o["metrics"] = QJsonArray::fromStringList(metrics);
    o["view"] = QJsonObject{{"logX", logX}, {"logY", logY}, {"smoothing", smoothing},
                            {"ignoreOutliers", ignoreOutliers}, {"theme", theme}};
    QJsonArray manual;
    for (const auto& g : groups.manual)
        manual.append(QJsonObject{{"name", g.name}, {"runs", QJsonArray::fromStringList(g.paths)}});
    o["groups"] = QJsonObject{{"bySeed", groups.bySeed},
                              {"centre", ts::groupCentreName(groups.centre)},
                              {"band", ts::groupBandName(groups.band)},
                              {"manual", manual}};
    o["window"] = QJsonObject{{"geometry", QString::fromLatin1(geometry.toBase64())},
                              {"state", QString::fromLatin1(windowState.toBase64())}};
    QSaveFile f(path); // atomic: a crash never leaves half a session file
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("Session", "%1: cannot write the session file (%2)").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool Session::load(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Session", "%1: cannot read the session file (%2)").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Session", "%1: not a session file (%2)").arg(path, pe.errorString());
        return false;
    }
    const auto o = doc.object();
    if (o["format"].toString() != "trainscope-session") {
        if (error)
            *error = QCoreApplication::translate("Session", "%1: not a TrainScope session file").arg(path);
        return false;
    }
    if (o["version"].toInt() > kVersion) {
        if (error)
            *error = QCoreApplication::translate("Session", "%1: session version %2 is newer than this TrainScope supports (%3)")
                         .arg(path)
                         .arg(o["version"].toInt())
                         .arg(kVersion);
        return false;
    }
    runs.clear();
    for (const auto& v : o["runs"].toArray())
        runs.push_back({v.toObject()["path"].toString(), v.toObject()["checked"].toBool(true)});
    metrics.clear();
    for (const auto& v : o["metrics"].toArray())
        metrics << v.toString();
    const auto view = o["view"].toObject();
    logX = view["logX"].toBool();
    logY = view["logY"].toBool();
    smoothing = view["smoothing"].toDouble();
    ignoreOutliers = view["ignoreOutliers"].toBool();
    theme = view["theme"].toString("light");
    // Groups (added in 0.2; older sessions have none). An unknown centre or band keeps the default.
    const auto g = o["groups"].toObject();
    groups = GroupOptions();
    groups.bySeed = g["bySeed"].toBool();
    try {
        groups.centre = ts::groupCentreFromName(g["centre"].toString("mean").toStdString());
        groups.band = ts::groupBandFromName(g["band"].toString("std").toStdString());
    } catch (const std::exception&) {
    }
    for (const auto& v : g["manual"].toArray()) {
        ManualGroup m;
        m.name = v.toObject()["name"].toString();
        for (const auto& p : v.toObject()["runs"].toArray())
            m.paths << p.toString();
        if (!m.paths.isEmpty())
            groups.manual.push_back(m);
    }
    const auto win = o["window"].toObject();
    geometry = QByteArray::fromBase64(win["geometry"].toString().toLatin1());
    windowState = QByteArray::fromBase64(win["state"].toString().toLatin1());
    return true;
}

} // namespace ts::app
