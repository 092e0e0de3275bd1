#include "widgets/landscape/AxisTitles.h"

#include "core/JsonValue.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ts::widgets {

QString surfaceAxisTitle(const std::string& recipe, int axis, bool ascii)
{
    const QString plain = QCoreApplication::translate("AxisTitles", "direction %1").arg(axis + 1);
    try {
        const JsonValue v = JsonValue::parse(recipe);
        const JsonValue* type = v.find("type");
        const JsonValue* runs = v.find("runs");
        if (!type || type->string() != "task" || !runs || int(runs->items().size()) <= axis)
            return plain;
        const QString run =
            QFileInfo(QString::fromStdString(runs->items()[std::size_t(axis)].string())).completeBaseName();
        if (ascii)
            return QString("lambda%1 * task vector of %2").arg(axis + 1).arg(run);
        return QCoreApplication::translate("AxisTitles", "λ%1 · task vector of %2")
            .arg(axis == 0 ? QString("₁") : QString("₂"), run);
    } catch (const std::exception&) {
        return plain; // an imported or older surface: no recipe to read
    }
}

} // namespace ts::widgets
