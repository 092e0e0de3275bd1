#include "core/importing/CheckpointFiles.h"

#include "core/Error.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace fs = std::filesystem;

namespace ts {

bool isCheckpointExtension(const std::string& ext)
{
    return ext == ".pt" || ext == ".pth" || ext == ".t7" || ext == ".bin" || ext == ".safetensors";
}

bool stepFromFileName(const std::string& fileName, int64_t& step)
{
    const std::string stem = fs::path(fileName).stem().string();
    std::size_t end = stem.size();
    while (end > 0 && !std::isdigit(static_cast<unsigned char>(stem[end - 1])))
        --end;
    if (end == 0)
        return false;
    std::size_t begin = end;
    while (begin > 0 && std::isdigit(static_cast<unsigned char>(stem[begin - 1])))
        --begin;
    if (end - begin > 18)
        return false;
    step = std::stoll(stem.substr(begin, end - begin));
    return true;
}

namespace {
// The checkpoint files directly in dir, sorted by name.
std::vector<std::string> checkpointsIn(const std::string& dir)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file() && isCheckpointExtension(e.path().extension().string()))
            files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}
} // namespace

std::vector<CheckpointFile> findCheckpoints(const std::vector<std::string>& paths, const std::vector<int64_t>& steps)
{
    std::vector<std::string> files;
    std::vector<std::string> stepNames; // where each file's step is read from
    std::error_code ec;
    if (paths.size() == 1 && fs::is_directory(paths[0], ec)) {
        files = checkpointsIn(paths[0]);
        stepNames = files;
        if (files.empty()) {
            // Hugging Face's Trainer layout: checkpoint-500/model.safetensors, one file per folder.
            std::vector<fs::path> dirs;
            for (const auto& e : fs::directory_iterator(paths[0], ec))
                if (e.is_directory())
                    dirs.push_back(e.path());
            std::sort(dirs.begin(), dirs.end());
            for (const auto& d : dirs) {
                auto inside = checkpointsIn(d.string());
                if (inside.size() > 1) { // optimizer.pt, rng_state.pth, ... next to the model
                    std::vector<std::string> models;
                    for (const auto& f : inside) {
                        const std::string name = fs::path(f).filename().string();
                        if (name.rfind("model", 0) == 0 || name.rfind("pytorch_model", 0) == 0)
                            models.push_back(f);
                    }
                    if (models.size() != 1)
                        throw ConfigError(d.string() + ": holds " + std::to_string(models.size()) +
                                          " model files (model*.safetensors, pytorch_model*.bin, ...); sharded "
                                          "checkpoints are not supported (one file per checkpoint)");
                    inside = models;
                }
                if (inside.size() == 1) {
                    files.push_back(inside[0]);
                    stepNames.push_back(d.filename().string());
                }
            }
        }
        if (files.empty())
            throw ConfigError(paths[0] + ": no checkpoint files (.pt, .pth, .t7, .bin, .safetensors) in this directory "
                                         "or its sub-directories");
    } else {
        for (const auto& p : paths) {
            if (!fs::is_regular_file(p, ec))
                throw ConfigError(p + ": no such checkpoint file");
            files.push_back(p);
        }
        stepNames = files;
    }
    if (files.empty())
        throw ConfigError("no checkpoint files given");
    if (!steps.empty() && steps.size() != files.size())
        throw ConfigError(std::to_string(steps.size()) + " steps given for " + std::to_string(files.size()) +
                          " checkpoint files");
    std::vector<CheckpointFile> out;
    for (std::size_t i = 0; i < files.size(); ++i) {
        CheckpointFile c{files[i], 0};
        if (!steps.empty())
            c.step = steps[i];
        else if (!stepFromFileName(stepNames[i], c.step))
            throw ConfigError(files[i] + ": no step number in the file name (name files like step_1200.pt, or give the steps)");
        out.push_back(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.step < b.step; });
    for (std::size_t i = 1; i < out.size(); ++i)
        if (out[i].step == out[i - 1].step)
            throw ConfigError("two checkpoints at step " + std::to_string(out[i].step) + ": " + out[i - 1].path + " and " +
                              out[i].path);
    return out;
}

} // namespace ts
