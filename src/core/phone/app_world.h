// Apps declared by a lesson's world ("world": {"apps": [...]}): an organiser describes an
// app as data (its name, icon, colour and screens made of components) and the phone shows
// it like a built-in app (data_app.h). A new service or a new scam needs no C++.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace luyenso {

// One piece of a screen, drawn top to bottom. Its element id is
// "app.<app>.<screen>.<id>".
struct AppComponent {
    // "text", "picture", "list", "card", "field", "button", "otp", "pin", "payment", "receipt",
    // "history" (the app's payments in the lesson, newest first, then its rows)
    std::string kind{};
    std::string id{};      // a slug, unique on its screen
    std::string text{};    // text: the words; picture: its caption; button: its label; card/receipt: a title
    std::string picture{}; // picture: one of data_app_pictograms()
    struct Item {
        std::string id{};     // a slug: "app.<app>.<screen>.<list>.<item>"
        std::string label{};  // "Tra cứu quá trình tham gia"
        std::string detail{}; // a second line, optional
        std::string to{};     // the screen it opens
    };
    std::vector<Item> items{}; // list
    struct Row {
        std::string label{};
        std::string value{}; // may hold {field-id} (what the learner typed) or {amount}, {balance}
    };
    std::vector<Row> rows{}; // card, receipt, history (older transactions)
    // A field: "text", "number", "date" (dd/mm/yyyy) or "choice".
    std::string field{};
    std::string label{};       // field: shown above it
    std::string placeholder{}; // field: shown in it while empty
    bool required = true;
    int min_length = 0;
    int max_length = 40;
    std::string expect{}; // field/choice: the only value accepted (a code the paper shows); empty: any
    struct Choice {
        std::string id{};
        std::string label{};
        std::int64_t amount = 0; // đồng, for a payment whose "amount_from" is this field
    };
    std::vector<Choice> choices{}; // choice
    std::string message{};         // field, otp, pin: what it says when the value is wrong (Vietnamese)
    std::string to{};              // button: the screen it opens once the screen's fields are right
    std::string style = "primary"; // button: "primary", "plain" or "danger"
    std::string sms{};             // otp: the SMS text, with {otp} where the code goes
    std::string code{};            // otp: the code the SMS brings
    std::int64_t amount = 0;       // payment: đồng
    std::string amount_from{};     // payment: instead of "amount", the chosen option's of this choice field
    std::string recipient{};       // payment: who is paid ("BHXH Việt Nam")
    std::string note{};            // payment: what for
    std::string source = "wallet"; // payment: "wallet" (the app's own balance) or "bank" (the bank app's account)
    std::string after{};           // shown only once screen `after` has been reached (a status that changed)
    std::string before{};          // shown only until screen `before` has been reached
};

struct AppScreen {
    std::string id{};    // a slug: the screen is "app.<app>.<id>"
    std::string title{}; // the header's title
    std::vector<AppComponent> components{};
};

struct DataAppSpec {
    std::string id{};                 // a slug: "home.app.<id>", screens "app.<id>.<screen>"
    std::string name{};               // under its home icon: "VssID"
    std::string icon = "document";    // one of data_app_pictograms()
    std::string colour = "#1E5AA8";   // header, icon and buttons; white text must read on it
    std::string sender{};             // who its SMS come from ("BHXH VN")
    std::string pin{};                // the PIN its PIN prompts accept
    std::int64_t balance = 0;         // its own wallet's balance (payments with "source": "wallet")
    std::vector<AppScreen> screens{}; // the first one opens from the home screen
    // The payments made in the app during the lesson, newest first (a "history" shows
    // them): "Hôm nay 09:12 · Điện lực Núi Xanh", "- 214.000 đ".
    std::vector<AppComponent::Row> paid{};

    const AppScreen* screen(const std::string& screen_id) const;
    // The choice field `component_id` on any of its screens (null if there is none).
    const AppComponent* choice_field(const std::string& component_id) const;
};

// The pictograms an app's icon and pictures may use.
const std::vector<std::string>& data_app_pictograms();

} // namespace luyenso
