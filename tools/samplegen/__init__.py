"""Sample-evidence generator: fictitious award submissions with exact ground truth.

    from tools.samplegen import generate_submission
    generate_submission("gaps", "/tmp/sub", seed=1)   # -> /tmp/sub/{submission/, ground_truth.json}

CLI: python -m tools.samplegen --preset ci --out sample_evidence
"""

from tools.samplegen.build import SubmissionSpec, generate_submission, plan_submission, preset_spec
from tools.samplegen.presets import generate_preset
from tools.samplegen.rules import compute_ground_truth

__all__ = ["SubmissionSpec", "compute_ground_truth", "generate_preset", "generate_submission", "plan_submission",
           "preset_spec"]
