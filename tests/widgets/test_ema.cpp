// TensorBoard's debiased EMA.
#include <QtTest>
#include <cmath>
#include <limits>

#include "widgets/charts/EmaSmoother.h"

using ts::widgets::EmaSmoother;

class TestEma : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tensorBoardExample();
    void zeroWeightIsIdentity();
    void nonFinitePassesThrough();
    void incrementalEqualsBatch();
};

void TestEma::tensorBoardExample() {
    const auto s = EmaSmoother::smooth({1.0, 0.5, 0.0}, 0.6);
    QCOMPARE(s.size(), std::size_t(3));
    QVERIFY(std::abs(s[0] - 1.0) < 1e-5);
    QVERIFY(std::abs(s[1] - 0.6875) < 1e-5);
    QVERIFY(std::abs(s[2] - 0.336734694) < 1e-5); // 0.264 / 0.784
}

void TestEma::zeroWeightIsIdentity() {
    const std::vector<double> y{3.0, -1.0, 2.5, 1e300};
    QCOMPARE(EmaSmoother::smooth(y, 0.0), y);
}

void TestEma::nonFinitePassesThrough() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const auto s = EmaSmoother::smooth({1.0, nan, 0.5, inf, 0.0}, 0.6);
    QVERIFY(std::isnan(s[1]));
    QCOMPARE(s[3], inf);
    // ...and does not disturb the average of the finite values around it.
    QVERIFY(std::abs(s[0] - 1.0) < 1e-5);
    QVERIFY(std::abs(s[2] - 0.6875) < 1e-5);
    QVERIFY(std::abs(s[4] - 0.336734694) < 1e-5);
}

void TestEma::incrementalEqualsBatch() {
    std::vector<double> y;
    for (int i = 0; i < 1000; ++i) y.push_back(std::sin(i * 0.1) + 0.01 * i);
    const auto batch = EmaSmoother::smooth(y, 0.9);
    EmaSmoother ema(0.9);
    for (std::size_t i = 0; i < y.size(); ++i) QCOMPARE(ema.push(y[i]), batch[i]);
    // A constant series stays constant: the debiasing removes the pull towards 0.
    for (double v : EmaSmoother::smooth(std::vector<double>(50, 7.0), 0.99))
        QVERIFY(std::abs(v - 7.0) < 1e-9);
}

QTEST_MAIN(TestEma)
#include "test_ema.moc"
