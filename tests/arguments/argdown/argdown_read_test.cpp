// The Argdown reader against Argdown's own documentation (https://argdown.org/syntax/): each
// snippet is one of the syntax guide's examples, and each expected answer is what the guide's
// explanation of that example says it means, not what the reader happened to produce.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "arguments/argdown/document.hpp"
#include "arguments/argdown/formalization.hpp"

namespace elenchus::argdown {
namespace {

std::string name(Document const& d, Member m) {
    auto i = static_cast<std::size_t>(m.index);
    return m.is_argument ? "<" + d.arguments[i].title + ">" : "[" + d.statements[i].title + "]";
}

// Relations as (from, kind, to), with statement titles in brackets and arguments in angles.
std::set<std::tuple<std::string, std::string, std::string>> relations(Document const& d) {
    std::set<std::tuple<std::string, std::string, std::string>> out;
    static char const* const kinds[] = {"supports", "attacks", "undercuts", "contradicts"};
    for (auto const& r : d.relations) out.insert({name(d, r.from), kinds[static_cast<int>(r.kind)], name(d, r.to)});
    return out;
}

Document read_ok(std::string const& text) {
    Document d = read_document(text);
    for (auto const& m : d.diagnostics) ADD_FAILURE() << m.at.line << ":" << m.at.column << ": " << m.message;
    return d;
}

TEST(ArgdownRead, EquivalenceClassHasEveryMember) {
    // "In this example, we create an equivalence class with six members."
    Document d = read_ok("[First letter]: A is the first letter\nof the alphabet.\n\n"
                         "[First letter]: A is the first letter\nof the alphabet.\n\n"
                         "[First letter]: The first letter\nof the alphabet is A.\n\n"
                         "[First letter]: The alphabet has A\nas its first letter.\n\n"
                         "[First letter]: First in the alphabet's\nletters comes A.\n\n"
                         "[First letter]: The lowest positive\ninteger is 1. // oops\n");
    ASSERT_EQ(d.statements.size(), 1u);
    EXPECT_EQ(d.statements[0].uses.size(), 6u);
    EXPECT_EQ(d.statements[0].uses[5].text, "The lowest positive integer is 1.");   // the comment is no text
}

TEST(ArgdownRead, NestedAndFlatRelationTreesAreTheSame) {
    // "Argument a is supporting statement s1. Argument b is attacking argument a. Argument c is
    // supporting argument b. Argument d is supporting argument a. Argument e is attacking
    // statement s1."
    std::set<std::tuple<std::string, std::string, std::string>> expected{{"<a>", "supports", "[s1]"},
                                                                         {"<b>", "attacks", "<a>"},
                                                                         {"<c>", "supports", "<b>"},
                                                                         {"<d>", "supports", "<a>"},
                                                                         {"<e>", "attacks", "[s1]"}};
    Document flat = read_ok("[s1]\n    + <a>\n    - <e>\n\n<a>\n    - <b>\n    + <d>\n\n<b>\n    + <c>\n");
    Document nested = read_ok("[s1]\n    + <a>\n        - <b>\n            + <c>\n        + <d>\n    - <e>\n");
    EXPECT_EQ(relations(flat), expected);
    EXPECT_EQ(relations(nested), expected);
}

TEST(ArgdownRead, RelationDirections) {
    // "two outgoing supports of a and b for s1 and one incoming support of c from s1."
    Document d = read_ok("[s1]\n    + <a> // implicit direction\n    <+ <b> // explicit direction\n    +> <c>\n");
    EXPECT_EQ(relations(d),
              (std::set<std::tuple<std::string, std::string, std::string>>{
                  {"<a>", "supports", "[s1]"}, {"<b>", "supports", "[s1]"}, {"[s1]", "supports", "<c>"}}));
    // "Argument a undercuts argument b"; "Argument a is undercut by argument b".
    EXPECT_EQ(relations(read_ok("<a>\n    _> <b>\n")),
              (std::set<std::tuple<std::string, std::string, std::string>>{{"<a>", "undercuts", "<b>"}}));
    EXPECT_EQ(relations(read_ok("<a>\n    <_ <b>\n")),
              (std::set<std::tuple<std::string, std::string, std::string>>{{"<b>", "undercuts", "<a>"}}));
    // "Argument a attacks argument b and statement c."
    EXPECT_EQ(relations(read_ok("<a>\n    -> <b>\n    -> [c]\n")),
              (std::set<std::tuple<std::string, std::string, std::string>>{{"<a>", "attacks", "<b>"},
                                                                           {"<a>", "attacks", "[c]"}}));
}

TEST(ArgdownRead, ComplexPremiseConclusionStructure) {
    // "Its pcs-statements consist of one intermediary conclusion (3), one main conclusion (5)
    // and three premises (1, 2, 4)."
    Document d =
        read_ok("<Teleological proof>\n\n"
                "(1) The world seems intelligently designed.\n"
                "(2) The best explanation for\n    why the world seems intelligently designed,\n"
                "    is that there is an\n    intelligent being designing it.\n-----\n"
                "(3) Some intelligent being\n    designing the world exists.\n"
                "(4) The only intelligent being\n    that could design the world is God.\n-----\n(5) God exists.\n");
    ASSERT_EQ(d.arguments.size(), 1u);
    auto const& pcs = d.arguments[0].pcs;
    ASSERT_EQ(pcs.size(), 5u);
    std::vector<bool> conclusion;
    for (auto const& s : pcs) conclusion.push_back(s.is_conclusion);
    EXPECT_EQ(conclusion, (std::vector<bool>{false, false, true, false, true}));
    EXPECT_EQ(d.statements[static_cast<std::size_t>(pcs[1].statement)].uses[0].text,
              "The best explanation for why the world seems intelligently designed, is that there is an intelligent "
              "being designing it.");
}

TEST(ArgdownRead, ExpandedInferenceWithRulesAndData) {
    // "Two inference rules are specified and YAML metadata is added, containing the statements
    // used in the inference".
    Document d =
        read_ok("(1) All humans are mortal.\n(2) Socrates is a human.\n--\nUniversal instantiation, Modus Ponens\n"
                "{uses: [1,2], logic: [\"deductive\", \"predicate logic\"]}\n--\n(3) Socrates is mortal.\n");
    ASSERT_EQ(d.arguments.size(), 1u);   // an anonymous argument
    auto const& last = d.arguments[0].pcs.back();
    EXPECT_TRUE(last.is_conclusion);
    EXPECT_EQ(last.uses, (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(last.rule, "Universal instantiation, Modus Ponens");
}

TEST(ArgdownRead, UndercutBelowAnInferenceTargetsTheArgument) {
    // "Equivalence class t1 ... is undercutting argument a's inference from s1 and s2 to s3."
    Document d = read_ok("<a>\n\n(1) s1\n(2) s2\n-----\n    <_ [t1]\n(3) s3\n");
    EXPECT_EQ(relations(d),
              (std::set<std::tuple<std::string, std::string, std::string>>{{"[t1]", "undercuts", "<a>"}}));
}

TEST(ArgdownRead, DataTagsMentionsAndComments) {
    Document d = read_ok("===\ntitle: x\n===\n\n<!--\nan HTML comment\n-->\n"
                         "[Nietzsche's Slogan]: God is dead. #atheism #(bracketed tag!)\n"
                         "{sources: [\"Thus Spoke Zarathustra\", 'The Gay Science'], year: 1882}\n\n"
                         "I do not think that @[Nietzsche's Slogan] makes sense, see [wiki](https://x.org/a//b).\n");
    ASSERT_EQ(d.statements.size(), 2u);
    auto const& use = d.statements[0].uses[0];
    EXPECT_EQ(use.text, "God is dead.");
    ASSERT_TRUE(use.has_data);
    ASSERT_NE(use.data.find("sources"), nullptr);
    EXPECT_EQ(use.data.find("sources")->items.size(), 2u);
    EXPECT_EQ(use.data.find("sources")->items[1].scalar, "The Gay Science");
    EXPECT_EQ(use.data.find("year")->scalar, "1882");
    EXPECT_EQ(d.statements[1].uses[0].text, "I do not think that [Nietzsche's Slogan] makes sense, see wiki.");
}

TEST(ArgdownRead, MalformedInputIsAnErrorWithItsPosition) {
    struct Case {
        char const* text;
        int line, column;
    } cases[] = {
        {"<a>\n\n(1) s1\n(2) s2\n", 4, 1},           // no inference before the last statement
        {"[a]: x\n/* never closed\n", 2, 1},         // unterminated comment
        {"[a]: x {formalization: \"p\"\n", 1, 27},   // data not closed: where '}' is missing
        {"[a]: x\n\n    + <b>\n", 3, 5},             // a relation after an empty line
        {"(1) s1\n----\n", 2, 1},                    // an inference with no conclusion
        {"===\ntitle: x\n", 1, 1},                   // frontmatter never closed
        {"[a]: x\n\n<b: y\n", 3, 1},                 // argument title not closed
        {"[a]: caf\xC3", 1, 9},                      // invalid UTF-8: the ninth character
    };
    for (auto const& c : cases) {
        Document d = read_document(c.text);
        ASSERT_TRUE(d.has_errors()) << c.text;
        auto const& e = d.diagnostics.front();
        EXPECT_EQ(e.at.line, c.line) << c.text << ": " << e.message;
        EXPECT_EQ(e.at.column, c.column) << c.text << ": " << e.message;
    }
}

TEST(ArgdownRead, NltkFormalizations) {
    // NLTK's precedence (nltk.sem.logic.LogicParser): '-' binds tightest, then the
    // quantifiers, '&', '|', '->', '<->'; every binary operator groups to the left.
    Formalization f = read_formalization("-p & q | r -> s -> t <-> u");
    ASSERT_TRUE(f.ok) << f.error;
    EXPECT_EQ(f.print({}), "(((((not (p)) and (q)) or (r)) -> (s)) -> (t)) <-> (u)");
    Formalization narrow = read_formalization("all x.F(x) & G(x)");
    ASSERT_TRUE(narrow.ok) << narrow.error;
    EXPECT_EQ(narrow.print({}), "(forall x: Thing. (F(x))) and (G(x))");   // x free in G(x): an individual
    EXPECT_TRUE(narrow.symbols.at("x").individual);
    Formalization q = read_formalization("all x.(F(x) -> exists y.R(x, y))");
    ASSERT_TRUE(q.ok) << q.error;
    EXPECT_EQ(q.print({{"F", "f"}}), "forall x: Thing. ((f(x)) -> (exists y: Thing. (R(x, y))))");
    EXPECT_EQ(q.symbols.at("R").arity, 2u);
    Formalization c = read_formalization("F(a) & a = b");
    ASSERT_TRUE(c.ok);
    EXPECT_TRUE(c.symbols.at("a").individual);
    for (char const* bad : {"p &", "F(x", "all x F(x)", "F(a) & F", "f(g(a))", "p $ q", "x = "}) {
        Formalization b = read_formalization(bad);
        EXPECT_FALSE(b.ok) << bad;
    }
    // Deep nesting is an error, not a deep recursion.
    EXPECT_FALSE(read_formalization(std::string(100000, '(') + "p" + std::string(100000, ')')).ok);
    EXPECT_FALSE(read_formalization(std::string(100000, '-') + "p").ok);
}

TEST(ArgdownRead, NeverCrashesOnMutations) {
    // Every prefix of a document with every construct: errors or not, never a crash.
    std::string text =
        "===\nt: x\n===\n# H {isGroup: true}\n\n[a]: x {f: [1, {g: \"h\"}]} #t\n  + <b>: y\n    -> [c]\n  >< [d]\n\n"
        "<b>\n\n(1) [a]\n(2) p /* c */\n--\nr {uses: [1]}\n--\n  <_ <e>\n(3) q\n\n* [l]: i\n* j\n";
    for (std::size_t n = 0; n <= text.size(); ++n) (void)read_document(text.substr(0, n));
    for (std::size_t n = 0; n < text.size(); ++n) {
        std::string dropped = text;
        dropped.erase(n, 1);
        (void)read_document(dropped);
    }
}

}   // namespace
}   // namespace elenchus::argdown
