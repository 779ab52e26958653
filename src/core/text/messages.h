// What `luyenso check` says to an organiser, in Vietnamese (the default) and English.
// Each message has a stable id (tools and tests name it) and a text per language with
// placeholders: {0} to {9} are the message's arguments as given (ids, numbers, the text
// of the lesson), {t0} to {t9} the argument translated from the table of terms ("a step"
// is "một bước"), {m0} to {m9} the message's parts rendered in the same language (why an
// action was refused, inside "the demonstration's action 2 was refused: ..."). A diagnostic
// is two messages: what is wrong, and how to fix it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace luyenso {

struct Message {
    std::string id; // empty: no message
    std::vector<std::string> args = {};
    std::vector<Message> parts = {}; // {m0}...: messages inside this one
};

// The message in "vi" or "en" (any other language: English). An id that is not in the
// table gives the id itself, so that nothing is ever lost.
std::string render_message(const Message& message, const std::string& lang);
// A term of the table ("a step") in that language; itself if the table does not have it.
std::string render_term(const std::string& term, const std::string& lang);

struct MessageText {
    std::string_view id;
    std::string_view en;
    std::string_view vi;
};
// Every message and every term, for tests and docs (ids are unique; both texts are given).
const std::vector<MessageText>& message_table();
const std::vector<MessageText>& term_table();

// The word for "error" and "warning" in that language, as `check` prints them.
std::string severity_word(const char* severity, const std::string& lang);

} // namespace luyenso
