// One solving session over a checked Theory: owns the Z3 context and a single incremental
// solver. Every statement is asserted once, guarded by its own assumption literal; queries
// pick statements by assumptions (and push/pop for goals), never rebuilding the context.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

#include "grammar/theory.hpp"

namespace elenchus::solver {

// What a whole run may spend in Z3, shared by every solver it makes: copies of a Limits share
// one budget, so a check, its explanations and its relation checks draw on one allowance and
// no number of queries can outlast it. Each query gets the per-query caps cut down to what
// is left; once nothing is left, queries are not asked and come back unknown.
//
// The deadline is kept by a watchdog, not by per-query timeouts (setting a solver's timeout
// before each query took a quarter of the CPU of many small queries, docs/performance.md):
// once a context of the run is hooked (`on_cancel`) and the deadline is finite, a thread
// waits for the deadline, then interrupts every hooked context, and again every
// `reinterrupt_every` until the budget goes (a query admitted just before the deadline but
// started just after it would miss a single interrupt). Set `deadline` before the first hook.
struct RunBudget {
    RunBudget() = default;
    ~RunBudget();   // stops and joins the watchdog
    RunBudget(RunBudget const&) = delete;
    RunBudget& operator=(RunBudget const&) = delete;

    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    std::uint64_t units = 0;   // Z3 resource units for the whole run (deterministic); 0 = none
    std::uint64_t spent = 0;   // units used so far

    // Why no further query may be asked, or empty while some allowance is left.
    std::string exhausted() const;

    // Ends the run from another thread (an editor's newer text makes a check stale): no
    // further query is asked, and the queries under way are interrupted.
    void cancel();
    bool cancelled() const { return cancelled_.load(); }
    // What `cancel` calls for each solver context of the run while that context lives;
    // `forget` with the number `on_cancel` returned, before the context goes.
    // The first hook of a run with a finite deadline starts the watchdog (a thread); when it
    // cannot be started, std::system_error is thrown and the hook is not kept.
    std::uint64_t on_cancel(std::function<void()> interrupt);
    void forget(std::uint64_t hook);
    std::size_t hooks() const;   // how many are kept (tests)
    static constexpr std::chrono::milliseconds reinterrupt_every{50};

private:
    void watch();
    std::atomic<bool> cancelled_{false};
    mutable std::mutex hooks_mutex_;
    std::condition_variable wake_;   // the watchdog's: the budget is going
    bool stopping_ = false;
    std::thread watchdog_;
    std::uint64_t next_hook_ = 0;
    std::vector<std::pair<std::uint64_t, std::function<void()>>> hooks_;
};

// Z3 resource units one query may spend by default: deterministic, unlike time, so that a
// verdict does not depend on the machine's load. Calibrated (docs/performance.md, "The
// default limit"): the largest query of every test and example needs under 40,000 units, the
// consistency query of the generated 10,000-statement file about 10 million; five times that
// leaves room and still stops a runaway query within seconds to a minute.
constexpr unsigned default_query_rlimit = 50'000'000;

struct Limits {
    unsigned timeout_ms = 0;                  // wall-clock per query; 0 = none (the default)
    unsigned rlimit = default_query_rlimit;   // Z3 resource units per query; 0 = none
    std::shared_ptr<RunBudget> run;           // the whole run's allowance; none by default
    // Worlds (witnesses, countermodels) with the fewest individuals of each open sort
    // (solver/world_search.hpp): a few extra checks per world printed, in a context of
    // their own. Off, a world is the model Z3 found for the query. Files of more than
    // Session::smallest_worlds_up_to statements always get the model Z3 found.
    bool smallest_worlds = true;
};

enum class Answer { sat, unsat, unknown };

// Z3's reason for giving up, said so a reader knows what to change: under a resource limit
// Z3 4.8.12 says only "canceled" or "unknown".
std::string describe_unknown(std::string const& z3_reason, Limits const& limits);

struct Outcome {
    Answer answer = Answer::unknown;
    std::string reason;   // Z3's reason_unknown() when unknown
};

// One fact of a witness world, as data: callers pick facts by symbol, and `to_string`
// gives the one readable line every output shows.
struct Fact {
    enum class Kind {
        value,        // `member(Azerbaijan, NATO) = false`, `rate = 5/2`; also an entity
                      // that equals another one: `plato = socrates`
        universe,     // `Country = {Azerbaijan, Country#1}`: symbol the sort, arguments
                      // its individuals, no value
        everywhere,   // `f(…) = 0`: over Int or Real arguments, the value at every point
        elsewhere,    // `f(…) = 0 otherwise`: the value at every point not listed
        anything,     // `f(…) = anything`: the model leaves the function free
    };
    Kind kind = Kind::value;
    std::string symbol;                   // a symbol's name (a sort's, for a universe)
    std::vector<std::string> arguments;   // as shown: members by their display names
    std::string value;
};

// A witness world reduced to what matters: the facts about the symbols of the query.
struct World {
    std::vector<Fact> facts;
    std::size_t hidden = 0;    // facts left out past the cap
    std::string unavailable;   // no world after all: why (the facts are empty)
};

std::string to_string(Fact const& fact);
// The world as printed: a line per fact, then `… N more` for the hidden ones (or the one
// line saying why there is no world).
std::vector<std::string> lines(World const& world);

class Session {
public:
    Session(logic::Theory const& theory, Limits limits);
    ~Session();
    Session(Session const&) = delete;
    Session& operator=(Session const&) = delete;

    // Are these statements (plus `extra`, if given) jointly satisfiable?
    Outcome satisfiable(std::span<int const> statements, logic::Term const* extra = nullptr);
    // Do these statements entail `goal`? (unsat of statements and not goal)
    Outcome entails(std::span<int const> statements, logic::Term const& goal);
    // After an unsat answer: the statements in Z3's unsat core (not necessarily minimal).
    std::vector<int> core() const;
    // After a sat answer: the model, restricted to the symbols that occur in `statements`
    // (and in the goal or extra formula of that query). With Limits::smallest_worlds, the
    // model with the fewest individuals of each open sort, which depends on the query alone.
    World world() const;
    static constexpr std::size_t smallest_worlds_up_to = 256;

    logic::Theory const& theory() const;
    // The limits every solver of the session keeps to (and that solvers made beside it, such
    // as an enumeration's map solver, share).
    Limits const& limits() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The SMT-LIB 2 encoding of `statements`; with `goal`, asserts its negation, so `unsat`
// means the statements entail it. The `z3` binary accepts the text as it is. `each`: after
// that check, one push/assert/check-sat/pop per statement listed, asserting its negation
// (an `echo` of its name first), so `unsat` there means the statements entail it.
std::string export_smtlib(logic::Theory const& theory, std::span<int const> statements,
                          logic::Term const* goal = nullptr, std::span<int const> each = {});

}   // namespace elenchus::solver
