#include "widgets/export/CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>
#include <QTextStream>
#include <charconv>
#include <cmath>

namespace ts::widgets {

QString CsvWriter::formatNumber(double v) {
    // Steps are integers: "1000000", not the shorter "1e+06".
    if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v); // shortest round-trip, "C" locale
    return QString::fromLatin1(buf, int(r.ptr - buf));
}

QString CsvWriter::quoteField(const QString& field) {
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString q = field;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

bool CsvWriter::write(const PlotTable& table, QIODevice& out) {
    bool anySmoothed = false;
    bool anyGroup = false; // run groups add their band and the runs behind each row
    for (const PlottedCurve& c : table) {
        anySmoothed = anySmoothed || !c.smoothed.empty();
        anyGroup = anyGroup || !c.lower.empty() || !c.count.empty();
    }

    // Column names are a file format, read by scripts: deliberately not translated.
    QByteArray text = anySmoothed ? "curve,step,value,smoothed" : "curve,step,value";
    text += anyGroup ? ",lower,upper,n\n" : "\n";
    for (const PlottedCurve& c : table) {
        const QByteArray label = quoteField(c.label).toUtf8();
        const std::size_t n = std::min(c.x.size(), c.y.size());
        for (std::size_t i = 0; i < n; ++i) {
            text += label;
            text += ',';
            text += formatNumber(c.x[i]).toLatin1();
            text += ',';
            text += formatNumber(c.y[i]).toLatin1();
            if (anySmoothed) {
                text += ',';
                if (i < c.smoothed.size()) text += formatNumber(c.smoothed[i]).toLatin1();
            }
            if (anyGroup) {
                text += ',';
                if (i < c.lower.size()) text += formatNumber(c.lower[i]).toLatin1();
                text += ',';
                if (i < c.upper.size()) text += formatNumber(c.upper[i]).toLatin1();
                text += ',';
                if (i < c.count.size()) text += QByteArray::number(c.count[i]);
            }
            text += '\n';
            if (text.size() > (1 << 20)) { // write in 1 MiB pieces: tables can be large
                if (out.write(text) != text.size()) return false;
                text.clear();
            }
        }
    }
    return out.write(text) == text.size();
}

namespace {

QString cannotWrite(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, reason);
}

QString writingFailed(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("CsvWriter", "Writing %1 failed: %2").arg(path, reason);
}

} // namespace

bool CsvWriter::writeFile(const PlotTable& table, const QString& path, QString* error) {
    QSaveFile file(path); // never leaves a half-written file behind
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    if (!write(table, file) || !file.commit()) {
        if (error)
            *error = writingFailed(path, file.errorString());
        return false;
    }
    return true;
}

bool CsvWriter::writeFile(const QString& path, const std::function<void(QTextStream&)>& fill, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = cannotWrite(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    fill(out);
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit()) {
        if (error)
            *error = writingFailed(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ts::widgets
