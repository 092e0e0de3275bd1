#include "app/cli/CurvatureReport.h"

#include <cstdio>

namespace ts::cli {

void writeCurvatureJson(JsonWriter& j, const SurfaceCurvature& c)
{
    j.beginObject().key("non_convex_share").value(c.nonConvexShare).key("non_convex_share_centre").value(c.nonConvexShareCentre);
    j.key("centre_radius").value(c.centreRadius).key("local_minima").value(c.localMinima);
    j.key("assessed").value(c.assessed).key("assessed_centre").value(c.assessedCentre).key("skipped").value(c.skipped);
    j.endObject();
}

std::string curvatureText(const SurfaceCurvature& c)
{
    char buf[200];
    std::snprintf(buf, sizeof buf, "non-convex share %.2f (r ≤ %g) / %.2f (whole grid), %lld local minima",
                  c.nonConvexShareCentre, c.centreRadius, c.nonConvexShare, static_cast<long long>(c.localMinima));
    std::string text = buf;
    if (c.skipped > 0)
        text += ", " + std::to_string(c.skipped) + " points skipped (not computed)";
    return text;
}

} // namespace ts::cli
