#pragma once
// Compares a rendered figure with its baseline image within a tolerance (the idea of VTK's
// vtkImageDifference, written afresh): a pixel matches when its colour lies, per channel and
// within `slack`, inside the range of colours of the other image's pixels up to `radius`
// away, in the images themselves or in both images smoothed by a 3x3 mean. Antialiased edges
// and glyphs that hinting moves by a pixel fall inside that range; a crisp line that moves by
// half a pixel (two half-grey pixels instead of one black one) does after smoothing. A missing
// curve, a recoloured surface or an axis moved by a few pixels does not. The check runs both
// ways (actual against baseline and baseline against actual), so a line that disappears is
// caught as well as one that appears.
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QString>

#include <algorithm>

namespace ts::test {

struct ImageTolerance {
    int radius = 1;               // pixels a feature may move
    int slack = 16;               // per-channel tolerance (0..255) around the neighbourhood's range
    double maxBadFraction = 5e-4; // share of pixels that may differ beyond that
};

struct ImageComparison {
    bool sameSize = false;
    long badPixels = 0;
    double badFraction = 1.0;
    int maxError = 0; // largest per-channel excess over the neighbourhood's range
    bool passed = false;
    QImage difference; // the actual image faded, differing pixels in red
    QString summary;
};

namespace detail {
// Opaque RGB on white: a transparent background compares as the white it is shown on.
inline QImage flattened(const QImage& image)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, image);
    return out;
}

// The 3x3 mean of every pixel (edges clamped).
inline QImage smoothed(const QImage& image)
{
    QImage out(image.size(), QImage::Format_RGB32);
    const int w = image.width(), h = image.height();
    for (int y = 0; y < h; ++y) {
        auto* row = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            int sum[3] = {0, 0, 0}, n = 0;
            for (int v = std::max(0, y - 1); v <= std::min(h - 1, y + 1); ++v) {
                const auto* in = reinterpret_cast<const QRgb*>(image.constScanLine(v));
                for (int u = std::max(0, x - 1); u <= std::min(w - 1, x + 1); ++u, ++n) {
                    sum[0] += qRed(in[u]);
                    sum[1] += qGreen(in[u]);
                    sum[2] += qBlue(in[u]);
                }
            }
            row[x] = qRgb((sum[0] + n / 2) / n, (sum[1] + n / 2) / n, (sum[2] + n / 2) / n);
        }
    }
    return out;
}

// How far `colour` lies outside the per-channel range of `other` around (x, y).
inline int excess(QRgb colour, const QImage& other, int x, int y, int radius)
{
    int lo[3] = {255, 255, 255}, hi[3] = {0, 0, 0};
    const int y0 = std::max(0, y - radius), y1 = std::min(other.height() - 1, y + radius);
    const int x0 = std::max(0, x - radius), x1 = std::min(other.width() - 1, x + radius);
    for (int v = y0; v <= y1; ++v) {
        const auto* row = reinterpret_cast<const QRgb*>(other.constScanLine(v));
        for (int u = x0; u <= x1; ++u) {
            const int c[3] = {qRed(row[u]), qGreen(row[u]), qBlue(row[u])};
            for (int k = 0; k < 3; ++k) {
                lo[k] = std::min(lo[k], c[k]);
                hi[k] = std::max(hi[k], c[k]);
            }
        }
    }
    const int c[3] = {qRed(colour), qGreen(colour), qBlue(colour)};
    int worst = 0;
    for (int k = 0; k < 3; ++k)
        worst = std::max({worst, lo[k] - c[k], c[k] - hi[k]});
    return worst;
}
} // namespace detail

inline ImageComparison compareImages(const QImage& actualImage, const QImage& baselineImage,
                                     const ImageTolerance& tolerance = {})
{
    ImageComparison r;
    if (actualImage.isNull() || baselineImage.isNull() || actualImage.size() != baselineImage.size()) {
        r.summary = QString("image sizes differ: %1x%2 rendered, %3x%4 in the baseline")
                        .arg(actualImage.width())
                        .arg(actualImage.height())
                        .arg(baselineImage.width())
                        .arg(baselineImage.height());
        return r;
    }
    r.sameSize = true;
    const QImage a = detail::flattened(actualImage), b = detail::flattened(baselineImage);
    const QImage sa = detail::smoothed(a), sb = detail::smoothed(b);
    r.difference = QImage(a.size(), QImage::Format_RGB32);
    for (int y = 0; y < a.height(); ++y) {
        const auto* rowA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rowB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        const auto* smoothA = reinterpret_cast<const QRgb*>(sa.constScanLine(y));
        const auto* smoothB = reinterpret_cast<const QRgb*>(sb.constScanLine(y));
        auto* out = reinterpret_cast<QRgb*>(r.difference.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int radius = tolerance.radius;
            const int raw =
                std::max(detail::excess(rowA[x], b, x, y, radius), detail::excess(rowB[x], a, x, y, radius));
            const int error = raw <= tolerance.slack
                                  ? raw
                                  : std::min(raw, std::max(detail::excess(smoothA[x], sb, x, y, radius),
                                                           detail::excess(smoothB[x], sa, x, y, radius)));
            r.maxError = std::max(r.maxError, error);
            if (error > tolerance.slack) {
                ++r.badPixels;
                out[x] = qRgb(255, 0, 0);
            } else {
                const int grey = 191 + qGray(rowA[x]) / 4;
                out[x] = qRgb(grey, grey, grey);
            }
        }
    }
    r.badFraction = double(r.badPixels) / (double(a.width()) * a.height());
    r.passed = r.badFraction <= tolerance.maxBadFraction;
    r.summary = QString("%1 of %2 pixels (%3%) differ by more than %4 beyond their %5-pixel neighbourhood "
                        "(largest excess %6; allowed %7%)")
                    .arg(r.badPixels)
                    .arg(long(a.width()) * a.height())
                    .arg(100.0 * r.badFraction, 0, 'f', 3)
                    .arg(tolerance.slack)
                    .arg(tolerance.radius)
                    .arg(r.maxError)
                    .arg(100.0 * tolerance.maxBadFraction, 0, 'f', 3);
    return r;
}

} // namespace ts::test
