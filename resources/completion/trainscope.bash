# bash completion for trainscope: subcommands, their options and the options' fixed values.
# Installed as share/bash-completion/completions/trainscope. tests/tools/check_completion.sh
# checks that every option of every `trainscope CMD --help` is listed here.

_trainscope_commands="train info render figure evaluate interpolate sharpness influence grokking
tickets sweep pathways import landscape merge help"

# Every subcommand's options (as in its --help).
_trainscope_options() {
    case $1 in
    train) echo "--demo --task --model --set --steps --seed --out --init --pace --device --threads --quiet
        --json --grid --range --surface-subset" ;;
    info) echo "--json" ;;
    render) echo "--view --out --size --dpi --theme --metrics --logx --logy --smoothing --from --to
        --range --points --bezier-steps --checkpoint --every --top --iterations --probes --dirs --grid
        --split --seed --metric --log --zclip --levels --wireframe --vrange --std --method --test
        --test-split --projection --damping --listed --step --threshold --samples --group --band --centre --tex --tex-data" ;;
    figure) echo "--out --dpi --tex --tex-data" ;;
    evaluate) echo "--checkpoint --mode --split --device --threads --quiet --json" ;;
    interpolate) echo "--from --to --bn --mode --split --range --points --bootstrap --layerwise --lines --bezier
        --layer-sharpness --device --quiet --json" ;;
    sharpness) echo "--checkpoint --every --top --method --iterations --lanczos-steps --trace
        --probes --density --adaptive --rho --linf --per-layer --batch --batches --split --device --quiet
        --json" ;;
    influence) echo "--method --test --self --test-split --train-split --checkpoint --checkpoints
        --top --projection --damping --absolute-damping --sampled-fisher --cg-iterations --chunk
        --seed --device --quiet --json" ;;
    grokking) echo "--coherence --stride --device --quiet --json" ;;
    tickets) echo "--keep --mask-step --out --no-controls --device --quiet --json" ;;
    sweep) echo "--demo --task --model --set --vary --seeds --steps --out --device --quiet --json" ;;
    pathways) echo "--threshold --samples --device --quiet --json" ;;
    import) echo "--checkpoints --model --data --tensorboard --loss --steps --out --no-evaluate
        --device" ;;
    landscape) echo "--checkpoint --dirs --grid --range --split --mode --out --ignore --bn --norm
        --include-biases --seed --subset --batches --save-dirs --resume --save-every --naive --device
        --threads --quiet --json" ;;
    merge) echo "--method --out --lambda --trim --drop --combine --weights --base --checkpoint --data
        --seed --threads --quiet --json" ;;
    esac
}

# The fixed values of an option (none: complete file names).
_trainscope_values() {
    case $1:$2 in
    render:--view) echo "curves grokking sweep interpolation interpolation-accuracy layerwise lines
        bezier layer-sharpness sharpness density sharpness-layers landscape3d contour slice influence
        influence-pairs influence-checkpoints pathways pathway-graph pathway-distances" ;;
    *:--demo) echo "grokking xor moe moe-topk skip-connections" ;;
    *:--task) echo "modular fashion_mnist xor parity spirals blobs" ;;
    train:--model | sweep:--model) echo "mlp resnet tickets_mlp transformer xor_relu moe_mlp" ;;
    *:--device) echo "cpu cuda" ;;
    *:--dirs) echo "random pca ckpt: file: task:" ;;
    *:--theme) echo "light dark" ;;
    render:--group) echo "seed all none" ;;
    render:--band) echo "std minmax ci95 none" ;;
    render:--centre) echo "mean median" ;;
    *:--tex) echo "standalone tikzpicture" ;;
    *:--tex-data) echo "inline dat" ;;
    *:--mode) echo "eval train" ;;
    *:--split | *:--test-split | *:--train-split) echo "train test" ;;
    *:--bn) echo "keep recompute interpolate" ;;
    *:--ignore) echo "biasbn none" ;;
    *:--norm) echo "filter layer none" ;;
    sharpness:--method) echo "lanczos power" ;;
    influence:--method | render:--method) echo "tracin ekfac cg exact" ;;
    merge:--method) echo "average task-arithmetic ties dare" ;;
    merge:--combine) echo "sum ties" ;;
    *:--adaptive) echo "avg max" ;;
    *:--samples) echo "memorised all" ;;
    *:--loss) echo "cross_entropy logistic mse" ;;
    *:--checkpoint) echo "first last all" ;;
    *:--mask-step | *:--step | *:--from) echo "first last" ;;
    esac
}

_trainscope() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    if [ "$COMP_CWORD" -eq 1 ]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "--help --version --demo --present" -- "$cur")
        else
            # The desktop application opens run files; subcommands first.
            mapfile -t COMPREPLY < <(compgen -W "$_trainscope_commands" -- "$cur")
            mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -X '!*.h5' -- "$cur"; compgen -d -- "$cur")
        fi
        return
    fi
    local command=${COMP_WORDS[1]}
    local values
    values=$(_trainscope_values "$command" "$prev")
    if [ -n "$values" ]; then
        mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
        [[ $prev == --dirs ]] && compopt -o nospace 2>/dev/null
        return
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_trainscope_options "$command") --help" -- "$cur")
        return
    fi
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    compopt -o filenames 2>/dev/null
}
complete -F _trainscope trainscope
