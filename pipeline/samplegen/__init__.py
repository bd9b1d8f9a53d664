"""Sample-evidence generator: fictitious award submissions with exact ground truth.

    from pipeline.samplegen import generate_submission
    generate_submission("gaps", "/tmp/sub", seed=1)   # -> /tmp/sub/{submission/, ground_truth.json}

CLI: python -m pipeline.samplegen --preset ci --out sample_evidence
"""

from .build import SubmissionSpec, generate_preset, generate_submission, plan_submission, preset_spec
from .rules import compute_ground_truth

__all__ = ["SubmissionSpec", "compute_ground_truth", "generate_preset", "generate_submission", "plan_submission",
           "preset_spec"]
