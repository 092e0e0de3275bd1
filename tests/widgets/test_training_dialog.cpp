// The New Training Run dialog: per-field validation with reasons, and the settings it yields.
#include "core/train/SettingsSchema.h"
#include "widgets/training/TrainingRunDialog.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstring>

namespace ts::widgets {
extern const char* const kSettingTexts[];
}

using namespace ts;

class TestTrainingDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badValuesAreMarkedAtTheField()
    {
        QTemporaryDir dir;
        widgets::TrainingRunDialog d(dir.path());
        d.setPreset("grokking");
        QVERIFY(d.isValid());
        QCOMPARE(d.fieldValue("p"), QString("67"));
        d.setFieldValue("p", "abc");
        QCOMPARE(d.fieldError("p"), QString("'abc' is not a whole number"));
        QVERIFY(!d.isValid());
        d.setFieldValue("p", "1");
        QCOMPARE(d.fieldError("p"), QString("must be at least 2"));
        d.setFieldValue("p", "97");
        QVERIFY(d.fieldError("p").isEmpty());
        d.setFieldValue("train_frac", "1");
        QCOMPARE(d.fieldError("train_frac"), QString("must be less than 1"));
        d.setFieldValue("train_frac", "0");
        QCOMPARE(d.fieldError("train_frac"), QString("must be greater than 0"));
        d.setFieldValue("train_frac", "0.5");
        d.setFieldValue("checkpoints", "sometimes");
        QVERIFY(!d.isValid()); // cross-field check by the core's TrainConfig
        d.setFieldValue("checkpoints", "every:50");
        QVERIFY(d.isValid());
        const auto s = d.settings();
        QCOMPARE(s.getString("p", ""), std::string("97"));
        QCOMPARE(s.getString("task", ""), std::string("modular"));
        QCOMPARE(s.getString("beta2", ""), std::string("0.98")); // the preset's value
        QCOMPARE(s.getString("demo", ""), std::string("grokking"));
    }

    void customTaskAndModelShowTheirFields()
    {
        QTemporaryDir dir;
        widgets::TrainingRunDialog d(dir.path());
        d.setPreset("");
        d.setTaskAndModel("xor", "xor_relu");
        QVERIFY(d.fieldKeys().contains("eta"));
        QVERIFY(d.fieldKeys().contains("init_std"));
        QVERIFY(!d.fieldKeys().contains("p"));
        d.setFieldValue("eta", "0.7");
        QCOMPARE(d.fieldError("eta"), QString("must be less than 0.5"));
    }

    void everySchemaTextIsListedForTranslation()
    {
        QStringList listed;
        for (int i = 0; widgets::kSettingTexts[i]; ++i)
            listed << widgets::kSettingTexts[i];
        for (const auto& task : schemaTaskNames())
            for (const auto& model : schemaModelsForTask(task))
                for (const auto& spec : settingSpecsFor(task, model)) {
                    QVERIFY2(listed.contains(QString::fromStdString(spec.label)), spec.label.c_str());
                    if (!spec.help.empty())
                        QVERIFY2(listed.contains(QString::fromStdString(spec.help)), spec.help.c_str());
                }
    }
};

QTEST_MAIN(TestTrainingDialog)
#include "test_training_dialog.moc"
