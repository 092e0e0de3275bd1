#pragma once
// pdflatex for the LaTeX export's tests: compiling a .tex, and the page count and the first
// page's size of the PDF it wrote: read from its text and
// its inflated streams (pdflatex puts the page objects into compressed object streams).
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace ts::test {

struct PdfFacts {
    int pages = 0;
    double width = 0, height = 0; // the first MediaBox, in bp
};

inline PdfFacts pdfFacts(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pdf = f.readAll();
    QByteArray text = pdf;
    qsizetype from = 0;
    while (true) {
        const qsizetype s = pdf.indexOf("stream", from);
        if (s < 0)
            break;
        qsizetype body = s + 6;
        if (pdf.mid(body, 2) == "\r\n")
            body += 2;
        else if (pdf.mid(body, 1) == "\n")
            body += 1;
        else {
            from = body;
            continue; // "endstream"
        }
        const qsizetype end = pdf.indexOf("endstream", body);
        if (end < 0)
            break;
        QByteArray zipped = pdf.mid(body, end - body);
        // qUncompress wants the expected size first (a hint; it grows).
        const quint32 hint = 1u << 20;
        zipped.prepend(char(hint & 0xff))
            .prepend(char((hint >> 8) & 0xff))
            .prepend(char((hint >> 16) & 0xff))
            .prepend(char(hint >> 24));
        const QByteArray plain = qUncompress(zipped);
        if (!plain.isEmpty())
            text += "\n" + plain;
        from = end + 9;
    }
    PdfFacts facts;
    const QString all = QString::fromLatin1(text);
    facts.pages = int(all.count(QRegularExpression("/Type\\s*/Page(?![a-zA-Z])")));
    const auto box =
        QRegularExpression("/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]")
            .match(all);
    if (box.hasMatch()) {
        facts.width = box.captured(3).toDouble() - box.captured(1).toDouble();
        facts.height = box.captured(4).toDouble() - box.captured(2).toDouble();
    }
    return facts;
}

inline QString pdflatex() { return QStandardPaths::findExecutable("pdflatex"); }

// Compiles dir/name.tex; "" or pdflatex's complaint (its first error lines).
inline QString compileLatex(const QString& dir, const QString& name, qint64* milliseconds = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(pdflatex(), {"-interaction=nonstopmode", "-halt-on-error", name + ".tex"});
    if (!p.waitForFinished(120000))
        return "pdflatex did not finish in 2 minutes";
    if (milliseconds)
        *milliseconds = timer.elapsed();
    const QString log = QString::fromUtf8(p.readAll());
    if (p.exitCode() != 0) {
        const auto at = log.indexOf("\n!");
        return "pdflatex failed: " + (at >= 0 ? log.mid(at, 600) : log.right(600));
    }
    return {};
}

} // namespace ts::test
