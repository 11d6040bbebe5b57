// A claim the encoder cannot encode is never dropped without a word: it becomes an error with
// the claim's position (the check is then partial, exit code 2), whatever the reason.
#include <gtest/gtest.h>
#include <z3++.h>

#include "encode/date_encoder.h"
#include "encode/encoding.h"

namespace crosscheck {
namespace {

Claim CategoryClaim(std::string id, std::string property, int line) {
  Claim c;
  c.id = std::move(id);
  c.subjects = {"acme"};
  c.property = std::move(property);
  c.value_text = "lab";
  c.value = CategoryValue{"lab"};
  c.pos = {"claims/ledger.yml", line, 3};
  return c;
}

TEST(EncoderSkips, ClaimsItCannotEncodeAreDiagnosedAtTheirPosition) {
  Corpus corpus;
  Property without_taxonomy;
  without_taxonomy.id = "kind";
  without_taxonomy.kind = ValueKind::kCategory;
  without_taxonomy.taxonomy = "kinds";  // declared nowhere
  ASSERT_TRUE(corpus.catalogue.AddProperty(without_taxonomy));
  ClaimFile ledger;
  ledger.path = "claims/ledger.yml";
  ledger.reference = true;
  ledger.claims.push_back(CategoryClaim("no-property", "colour", 4));
  ledger.claims.push_back(CategoryClaim("no-taxonomy", "kind", 9));
  corpus.claim_files.push_back(ledger);

  z3::context ctx;
  encode::Encoding encoding = encode::Encode(corpus, ctx);
  EXPECT_TRUE(encoding.claims.empty());
  ASSERT_EQ(encoding.diagnostics.items().size(), 2u);
  const Diagnostic& property = encoding.diagnostics.items()[0];
  EXPECT_EQ(property.severity, Severity::kError);
  EXPECT_EQ(property.pos.line, 4);
  EXPECT_EQ(property.claim_id, "no-property");
  EXPECT_EQ(property.message,
            "claim 'no-property' not checked: property 'colour' is not in the catalogue");
  const Diagnostic& taxonomy = encoding.diagnostics.items()[1];
  EXPECT_EQ(taxonomy.pos.line, 9);
  EXPECT_EQ(taxonomy.message,
            "claim 'no-taxonomy' not checked: taxonomy 'kinds' of property 'kind' is not in the "
            "catalogue");
}

TEST(EncoderSkips, DateErrorsAreValues) {
  z3::context ctx;
  encode::DateEncoder dates(ctx, 2020, 2030);
  z3::expr e = ctx.int_const("e");
  CalendarDate february_30;
  february_30.year = 2025;
  february_30.month = 2;
  february_30.day = 30;
  DateValue impossible;
  impossible.from = february_30;
  auto r = dates.Constrain(e, impossible, std::nullopt);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "impossible date");
  CalendarDate march_14;
  march_14.month = 3;
  march_14.day = 14;
  DateValue yearless;
  yearless.from = march_14;
  auto ledger = dates.Constrain(e, yearless, std::nullopt);  // the ledger has no publication
  ASSERT_FALSE(ledger.ok());
  EXPECT_EQ(ledger.error().message,
            "a date without a year needs an article's publication date to be placed");
}

}  // namespace
}  // namespace crosscheck
