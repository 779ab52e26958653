// Runs a command and samples, every few milliseconds, the memory of its whole process
// tree (the command, everything it starts, and any process whose command line holds
// --match TEXT, for helpers that leave the tree, as Chromium's may): the sum of PSS from
// /proc/PID/smaps_rollup and of RSS. Prints the peaks, the wall time and the exit status.
// Linux only (a benchmark tool, not part of the app).
// Usage: proc_sample [--match TEXT] [--interval-ms N] -- COMMAND [ARGS...]
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Proc {
    pid_t ppid = 0;
    std::string cmdline;
};

std::map<pid_t, Proc> list_processes()
{
    std::map<pid_t, Proc> out;
    DIR* d = opendir("/proc");
    if (!d)
        return out;
    while (const dirent* e = readdir(d)) {
        char* end = nullptr;
        const long pid = std::strtol(e->d_name, &end, 10);
        if (!end || *end != '\0' || pid <= 0)
            continue;
        const std::string base = std::string("/proc/") + e->d_name;
        std::ifstream stat(base + "/stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        const auto close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        std::istringstream rest(line.substr(close + 2));
        char state = 0;
        long ppid = 0;
        rest >> state >> ppid;
        Proc p;
        p.ppid = static_cast<pid_t>(ppid);
        std::ifstream cmd(base + "/cmdline", std::ios::binary);
        std::getline(cmd, p.cmdline, '\0');
        std::string arg;
        while (std::getline(cmd, arg, '\0'))
            p.cmdline += " " + arg;
        out[static_cast<pid_t>(pid)] = p;
    }
    closedir(d);
    return out;
}

// kB of "Pss:" and "Rss:" in /proc/PID/smaps_rollup (0 if it is gone).
void memory_of(pid_t pid, long& pss, long& rss)
{
    pss = rss = 0;
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string line;
    while (std::getline(in, line)) { // the first line names the range: skip what is not "Key: N kB"
        long value = 0;
        if (std::sscanf(line.c_str(), "Pss: %ld", &value) == 1)
            pss = value;
        else if (std::sscanf(line.c_str(), "Rss: %ld", &value) == 1)
            rss = value;
    }
}

} // namespace

int main(int argc, char** argv)
{
    std::string match;
    int interval_ms = 5;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--") {
            ++i;
            break;
        }
        if (a == "--match" && i + 1 < argc)
            match = argv[++i];
        else if (a == "--interval-ms" && i + 1 < argc)
            interval_ms = std::atoi(argv[++i]);
        else {
            std::fprintf(stderr, "usage: proc_sample [--match TEXT] [--interval-ms N] -- COMMAND [ARGS...]\n");
            return 2;
        }
    }
    if (i >= argc) {
        std::fprintf(stderr, "proc_sample: no command\n");
        return 2;
    }
    const pid_t self = getpid(); // its own command line holds TEXT too
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[i], argv + i);
        std::perror("proc_sample: exec");
        _exit(127);
    }
    long peak_pss = 0;
    long peak_rss = 0;
    std::size_t peak_procs = 0;
    int status = 0;
    for (;;) {
        const auto procs = list_processes();
        std::set<pid_t> tree{child};
        for (bool grew = true; grew;) {
            grew = false;
            for (const auto& [pid, p] : procs)
                if (pid != self && !tree.count(pid) &&
                    (tree.count(p.ppid) || (!match.empty() && p.cmdline.find(match) != std::string::npos)))
                    grew = tree.insert(pid).second || grew;
        }
        long pss = 0;
        long rss = 0;
        for (const pid_t pid : tree) {
            long p = 0;
            long r = 0;
            memory_of(pid, p, r);
            pss += p;
            rss += r;
        }
        if (pss > peak_pss)
            peak_pss = pss;
        if (rss > peak_rss)
            peak_rss = rss;
        if (tree.size() > peak_procs)
            peak_procs = tree.size();
        const pid_t done = waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(interval_ms));
    }
    const double wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::printf("wall_ms=%.0f peak_pss_kb=%ld peak_rss_kb=%ld peak_processes=%zu exit=%d\n", wall_ms, peak_pss,
                peak_rss, peak_procs, code);
    return code;
}
