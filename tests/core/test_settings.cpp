#include "core/Error.h"
#include "core/Json.h"
#include "core/Settings.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace ts;

TEST(Settings, TypedGettersParseAndFallBack)
{
    Settings s({{"steps", "2500"}, {"lr", "1e-2"}, {"flag", "true"}, {"widths", "128,64"}, {"big", "1e3"}});
    EXPECT_EQ(s.getInt("steps", 0), 2500);
    EXPECT_EQ(s.getInt("big", 0), 1000);
    EXPECT_DOUBLE_EQ(s.getDouble("lr", 0), 0.01);
    EXPECT_TRUE(s.getBool("flag", false));
    EXPECT_EQ(s.getIntList("widths", {}), (std::vector<int64_t>{128, 64}));
    EXPECT_EQ(s.getInt("missing", 7), 7);
    EXPECT_EQ(s.getString("missing", "x"), "x");
}

TEST(Settings, MalformedValuesNameTheKey)
{
    Settings s({{"steps", "12abc"}, {"lr", "fast"}, {"flag", "maybe"}, {"nan", "nan"}, {"frac", "0.5"}});
    try {
        s.getInt("steps", 0);
        FAIL() << "expected ConfigError";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("steps"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("12abc"), std::string::npos);
    }
    EXPECT_THROW(s.getDouble("lr", 0), ConfigError);
    EXPECT_THROW(s.getBool("flag", false), ConfigError);
    EXPECT_THROW(s.getDouble("nan", 0), ConfigError);
    EXPECT_THROW(s.getInt("frac", 0), ConfigError); // not integral
}

TEST(Settings, SetReplacesInPlaceAndKeepsOrder)
{
    Settings s;
    s.set("a", "1");
    s.set("b", "2");
    s.set("a", "3");
    ASSERT_EQ(s.entries().size(), 2u);
    EXPECT_EQ(s.entries()[0].first, "a");
    EXPECT_EQ(s.entries()[0].second, "3");
}

TEST(Settings, ParseAssignment)
{
    auto [k, v] = Settings::parseAssignment("weight_decay=0.3");
    EXPECT_EQ(k, "weight_decay");
    EXPECT_EQ(v, "0.3");
    EXPECT_EQ(Settings::parseAssignment("x=").second, "");
    EXPECT_THROW(Settings::parseAssignment("novalue"), ConfigError);
    EXPECT_THROW(Settings::parseAssignment("=3"), ConfigError);
}

TEST(Settings, FormatDoubleRoundTrips)
{
    for (double v : {0.1, 1e-14, 3.0, 2.0 / 3.0, -1.5e300}) {
        double back = 0;
        ASSERT_TRUE(parseDouble(formatDouble(v), back));
        EXPECT_EQ(back, v);
    }
    EXPECT_EQ(formatDouble(0.01), "0.01");
}

TEST(Json, WritesNestedStructuresWithEscapes)
{
    JsonWriter j;
    j.beginObject().key("name").value("a\"b\n").key("n").value(int64_t(3)).key("x").value(std::nan(""));
    j.key("list").beginArray().value(1.5).value(true).endArray().endObject();
    EXPECT_EQ(j.str(), R"({"name":"a\"b\n","n":3,"x":null,"list":[1.5,true]})");
}
