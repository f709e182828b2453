// The beginners' front door (docs/language.md, sections 1 and 8): textbook symbols mean what
// their ASCII spellings mean and `fmt --unicode` prints them back; each common wrong
// spelling gets a hint at its place; every unknown name within two edits gets "did you
// mean"; after a syntax error the rest of the file is still checked, and nothing is
// reported on a line that is correct.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "grammar/checker.hpp"
#include "grammar/parser.hpp"
#include "grammar/printer.hpp"
#include "grammar/printer_source.hpp"

namespace elenchus {
namespace {

struct Result {
    ast::File file;
    std::vector<std::string> errors;   // "line:col: message", in source order
};

// Parses and, as `elenchus check` does, name- and type-checks whatever parsed.
Result run(std::string const& text, bool check_names = true) {
    SourceFile source("t.arg", text);
    Diagnostics diagnostics;
    Result result;
    result.file = parse(source, diagnostics);
    if (check_names) check(result.file, diagnostics);
    for (Diagnostic const& d : diagnostics.sorted()) {
        if (d.severity != Severity::error) continue;
        auto p = source.position(d.span.begin);
        result.errors.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + d.message);
    }
    return result;
}

std::string first_error(std::string const& text) {
    auto r = run(text, false);
    return r.errors.empty() ? "(accepted)" : r.errors.front();
}

std::string const vocabulary = "sort S\nentity a, b: S\npredicate p\npredicate q\npredicate r\npredicate t\n"
                               "predicate f(S)\nconstant n: Int\n";

// ---- Unicode -----------------------------------------------------------------------------

struct Pair {
    char const* unicode;
    char const* ascii;
};

TEST(BeginnersUnicode, EverySymbolParsesAsItsAsciiSpelling) {
    Pair const pairs[] = {
        {"¬p", "not p"},
        {"p ∧ q", "p and q"},
        {"p ∨ q", "p or q"},
        {"p → q", "p -> q"},
        {"p ↔ q", "p <-> q"},
        {"∀x: S. f(x)", "forall x: S. f(x)"},
        {"∀ x: S. f(x)", "forall x: S. f(x)"},
        {"∃x, y: S. x ≠ y", "exists x, y: S. x != y"},
        {"⊤ ∧ ¬⊥", "true and not false"},
        {"n ≤ 3 ∧ n ≥ 1", "n <= 3 and n >= 1"},
        {"¬(p∧q)→r∨t", "not (p and q) -> r or t"},
        {"∀x:S.∃y:S.x≠y∧f(y)", "forall x: S. exists y: S. x != y and f(y)"},
    };
    for (Pair const& pair : pairs) {
        auto u = run(vocabulary + "claim c: " + pair.unicode);
        auto a = run(vocabulary + "claim c: " + pair.ascii);
        EXPECT_EQ(u.errors, std::vector<std::string>{}) << pair.unicode;
        EXPECT_TRUE(ast::same(u.file, a.file)) << pair.unicode;
    }
}

TEST(BeginnersUnicode, SymbolsAreAcceptedInEveryFormulaPlace) {
    auto r = run("sort S\npredicate f(S)\npredicate g(Bool)\n"
                 "define d(x: S) := ¬f(x) ∨ ⊤\n"
                 "premise p1: g(∀x: S. d(x))\n"
                 "scenario s { premise p2: ∃x: S. f(x) → d(x) }\n");
    EXPECT_EQ(r.errors, std::vector<std::string>{});
}

TEST(BeginnersUnicode, FormulaGivenOnTheCommandLineAcceptsSymbols) {
    SourceFile u("<--assume>", "p ∧ ¬q");
    SourceFile a("<--assume>", "p and not q");
    Diagnostics d;
    auto fu = parse_formula(u, d);
    auto fa = parse_formula(a, d);
    ASSERT_TRUE(fu && fa);
    EXPECT_TRUE(ast::same(*fu, *fa));
}

TEST(BeginnersUnicode, FmtPrintsAsciiByDefaultAndSymbolsWhenAsked) {
    std::string const unicode = "predicate p\npredicate q\nsort S\npredicate f(S)\n\n"
                                "claim c: ∀x: S. f(x) ∧ ¬p → q ∨ ⊥\n";
    auto parsed = run(unicode, false);
    ASSERT_EQ(parsed.errors, std::vector<std::string>{});
    std::string const ascii = print(parsed.file, unicode);
    EXPECT_NE(ascii.find("claim c: forall x: S. f(x) and not p -> q or false\n"), std::string::npos) << ascii;
    std::string const symbols = print(parsed.file, unicode, PrintOptions{true});
    EXPECT_NE(symbols.find("claim c: ∀x: S. f(x) ∧ ¬p → q ∨ ⊥\n"), std::string::npos) << symbols;
    // fmt --unicode, then fmt: the ASCII text again.
    auto again = run(symbols, false);
    ASSERT_EQ(again.errors, std::vector<std::string>{});
    EXPECT_TRUE(ast::same(again.file, parsed.file));
    EXPECT_EQ(print(again.file, symbols), ascii);
}

TEST(BeginnersUnicode, UnicodeOutputOfEveryOperatorReadsBack) {
    std::string const text = "claim c: not (a != b and n <= 1 or n >= 2) <-> (true -> false) xor "
                             "exists x: S. not not x = a\n";
    auto parsed = run(text, false);
    ASSERT_EQ(parsed.errors, std::vector<std::string>{});
    std::string const symbols = print(parsed.file, text, PrintOptions{true});
    EXPECT_EQ(symbols, "claim c: ¬(a ≠ b ∧ n ≤ 1 ∨ n ≥ 2) ↔ (⊤ → ⊥) xor ∃x: S. ¬¬x = a\n");
    auto again = run(symbols, false);
    ASSERT_EQ(again.errors, std::vector<std::string>{});
    EXPECT_TRUE(ast::same(again.file, parsed.file));
}

// ---- hints -------------------------------------------------------------------------------

TEST(BeginnersHints, OperatorsFromProgrammingLanguages) {
    EXPECT_EQ(first_error("claim c: n == 3"), "1:12: '==' is not an operator; write '=' to compare two terms");
    EXPECT_EQ(first_error("claim c: p => q"), "1:12: '=>' is not an operator; write '->' (or '→') for 'implies'");
    EXPECT_EQ(first_error("claim c: p <=> q"),
              "1:12: '<=>' is not an operator; write '<->' (or '↔') for 'if and only if'");
    EXPECT_EQ(first_error("claim c: p && q"), "1:12: '&&' is not an operator; write 'and' (or '∧')");
    EXPECT_EQ(first_error("claim c: p || q"), "1:12: '||' is not an operator; write 'or' (or '∨')");
    EXPECT_EQ(first_error("claim c: ~p"), "1:10: '~' is not an operator; write 'not' (or '¬')");
    EXPECT_EQ(first_error("claim c: n <> 3"), "1:12: '<>' is not an operator; write '!=' (or '≠')");
    EXPECT_EQ(first_error("claim c: n =< 3"), "1:12: '=<' is not an operator; write '<=' (or '≤')");
    EXPECT_EQ(first_error("claim c: (p && q)"), "1:13: '&&' is not an operator; write 'and' (or '∧')");
    // `!` is the language's own spelling of `not`.
    EXPECT_EQ(first_error("claim c: !p and !(q)"), "(accepted)");
}

TEST(BeginnersHints, CapitalisedKeywords) {
    EXPECT_EQ(first_error("claim c: p AND q"), "1:12: 'AND' is not a keyword; write 'and' (keywords are lower case)");
    EXPECT_EQ(first_error("claim c: p Or q"), "1:12: 'Or' is not a keyword; write 'or' (keywords are lower case)");
    EXPECT_EQ(first_error("claim c: NOT p"), "1:10: 'NOT' is not a keyword; write 'not' (keywords are lower case)");
    EXPECT_EQ(first_error("claim c: p IMPLIES q"),
              "1:12: 'IMPLIES' is not a keyword; write 'implies' (keywords are lower case)");
    EXPECT_EQ(first_error("claim c: (p AND q)"), "1:13: 'AND' is not a keyword; write 'and' (keywords are lower case)");
    EXPECT_EQ(first_error("claim c: FORALL x: S. p"),
              "1:10: 'FORALL' is not a keyword; write 'forall' (keywords are lower case)");
    // The name `NOT` the parser read is not reported again as unknown.
    EXPECT_EQ(run("predicate p\nclaim c: NOT p\nscenario s { premise d: NOT p }").errors,
              (std::vector<std::string>{"2:10: 'NOT' is not a keyword; write 'not' (keywords are lower case)",
                                        "3:25: 'NOT' is not a keyword; write 'not' (keywords are lower case)"}));
    // Where a capitalised keyword parses as a name, the checker gives the hint.
    EXPECT_EQ(run("predicate p\nclaim c: p and TRUE").errors,
              (std::vector<std::string>{"2:16: unknown name 'TRUE'; keywords are lower case: write 'true'"}));
    // A declared name is no keyword misspelt.
    EXPECT_EQ(first_error("predicate AND\nclaim c: p AND q"), "2:12: expected a declaration, found 'AND'");
}

TEST(BeginnersHints, OtherNotationsSymbols) {
    EXPECT_EQ(first_error("claim c: p ⇒ q"),
              "1:12: '⇒' is not part of the language; write '->' (or '→') for 'implies'");
    EXPECT_EQ(first_error("claim c: p ⊃ q"),
              "1:12: '⊃' is not part of the language; write '->' (or '→') for 'implies'");
    EXPECT_EQ(first_error("claim c: p ≡ q"),
              "1:12: '≡' is not part of the language; write '<->' (or '↔') for 'if and only if'");
}

TEST(BeginnersHints, NonAsciiNames) {
    EXPECT_EQ(first_error("predicate café"),
              "1:14: 'é' (U+00E9) cannot be part of a name; names are ASCII: letters A-Z and a-z, "
              "digits and '_'");
    EXPECT_EQ(first_error("predicate ñu"),
              "1:11: 'ñ' (U+00F1) cannot be part of a name; names are ASCII: letters A-Z and a-z, "
              "digits and '_'");
    EXPECT_EQ(first_error("predicate φ"),
              "1:11: 'φ' (U+03C6) cannot be part of a name; names are ASCII: letters A-Z and a-z, "
              "digits and '_'");
}

TEST(BeginnersHints, MissingCommaBetweenPremises) {
    EXPECT_EQ(first_error("argument a from b c therefore d"), "1:18: expected ',' between the premises 'b' and 'c'");
    EXPECT_EQ(first_error("argument a\n  from b\n  c\n  therefore d"),
              "2:9: expected ',' between the premises 'b' and 'c'");
    EXPECT_EQ(first_error("scenario s { without x y }"), "1:23: expected ',' between the statements 'x' and 'y'");
    // The next line's relation is no premise: `therefore` is what is missing.
    EXPECT_EQ(first_error("argument a from b\nx attacks y"),
              "1:18: expected 'therefore' and the conclusion after the premises");
}

TEST(BeginnersHints, PredicateUsedAsTerm) {
    auto r = run("sort Person\nentity john, mary: Person\npredicate loves(Person, Person)\n"
                 "predicate happy(Person)\npredicate rain\n"
                 "claim c1: loves(john, happy(mary))\nclaim c2: loves(john, rain)\n"
                 "claim c3: loves(john, happy)\n");
    EXPECT_EQ(r.errors, (std::vector<std::string>{
                            "6:23: argument 2 of 'loves' must be a Person, got Bool; 'happy' is a predicate, "
                            "so this is a formula (true or false), not a Person: write a Person here and "
                            "state the rest with 'and'",
                            "7:23: argument 2 of 'loves' must be a Person, got Bool; 'rain' is a predicate, so "
                            "this is a formula (true or false), not a Person: write a Person here and state "
                            "the rest with 'and'",
                            "8:23: 'happy' expects 1 argument, got 0; 'happy' is a predicate: 'happy(...)' is "
                            "a formula, true or false, and cannot stand for a value"}));
}

// ---- did you mean ------------------------------------------------------------------------

TEST(BeginnersNames, EveryKindOfNameWithinTwoEditsGetsASuggestion) {
    auto r = run("sort Person\nentity socrates: Person\npredicate rain\npredicate mortal(Person)\n"
                 "premise p: rian\npremise q: mortl(socrates)\npremise s: mortal(scorates)\n"
                 "claim c: forall x: Persn. mortal(x)\nargument a from p, qq therefore c\n");
    EXPECT_EQ(r.errors, (std::vector<std::string>{"5:12: unknown name 'rian'; did you mean 'rain'?",
                                                  "6:12: unknown predicate 'mortl'; did you mean 'mortal'?",
                                                  "7:19: unknown name 'scorates'; did you mean 'socrates'?",
                                                  "8:20: unknown type 'Persn'; did you mean 'Person'?",
                                                  "9:20: unknown statement 'qq'; did you mean 'q'?"}));
}

TEST(BeginnersNames, TwoEditsButOneForOneOrTwoLetters) {
    EXPECT_EQ(closest_name("x", {"yz"}), "");
    EXPECT_EQ(closest_name("ab", {"abcd"}), "");
    EXPECT_EQ(closest_name("ab", {"abc"}), "abc");
    EXPECT_EQ(closest_name("zz", {"p1"}), "");
    EXPECT_EQ(closest_name("rian", {"rain", "wet"}), "rain");
    EXPECT_EQ(closest_name("rin", {"rain"}), "rain");
    EXPECT_EQ(closest_name("wte", {"wet"}), "wet");
    EXPECT_EQ(closest_name("rn", {"rain"}), "");
    EXPECT_EQ(closest_name("r", {"rain"}), "");
    EXPECT_EQ(closest_name(std::string(65, 'a'), {std::string(64, 'a')}), "");
}

// ---- one run, every error ----------------------------------------------------------------

TEST(BeginnersRecovery, NameAndTypeErrorsAroundASyntaxErrorAreReported) {
    auto r = run("predicate rain\npredicate wet(Bool)\n"
                 "premise p1: rian\n"
                 "premise p2: rain ==> wet\n"
                 "premise p3: not rain\n"
                 "premise p4: wet(rain, rain)\n");
    EXPECT_EQ(r.errors, (std::vector<std::string>{"3:13: unknown name 'rian'; did you mean 'rain'?",
                                                  "4:18: '==>' is not an operator; write '->' (or '→') for 'implies'",
                                                  "6:13: 'wet' expects 1 argument, got 2"}));
}

TEST(BeginnersRecovery, NamesOfBrokenDeclarationsAreNotReportedAgain) {
    auto r = run("predicate rain(\npredicate wet\nsort S = { A, B \"b\", C\n"
                 "claim c: rain and wet and A = C\n"
                 "premise p wet\nargument a from p therefore c\np attacks a\n");
    EXPECT_EQ(r.errors, (std::vector<std::string>{"1:16: expected ',' or ')' in the parameter types",
                                                  "3:23: expected ',' or '}' in the member list",
                                                  "5:11: expected ':' after the statement name"}));
}

TEST(BeginnersRecovery, AReservedWordAsANameIsOneError) {
    auto r = run("predicate claim\npredicate wet\nclaim c: wet\n");
    EXPECT_EQ(r.errors, (std::vector<std::string>{"1:11: 'claim' is a reserved word and cannot be a name"}));
}

TEST(BeginnersRecovery, MissingThereforeIsReportedWhereItIsMissing) {
    auto r = run("predicate p\nclaim c: p\npremise q: p\nargument a\n  from q\nclaim d: p\n");
    EXPECT_EQ(r.errors, (std::vector<std::string>{"5:9: expected 'therefore' and the conclusion after the premises"}));
}

TEST(BeginnersRecovery, MissingOperandIsReportedOnItsOwnLine) {
    auto r = run("predicate p\npremise q: p and\n\nclaim d: p\n");
    EXPECT_EQ(r.errors, (std::vector<std::string>{"2:17: expected a formula"}));
}

}   // namespace
}   // namespace elenchus
