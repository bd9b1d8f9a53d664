"""An 8D quality-problem report used as a diagnosis, written for the tests (no set's documents):
`EIGHT_D.format(d5=…, d6=…)` fills the permanent corrective action (D5) and its verification (D6)."""

EIGHT_D = ("零件质量问题8D诊断报告\n报告编号 QD-0917 客户名称 甲北五金制品有限公司\n"
           "提出日期 2023-05-06 最后更新日期 2023-07-01\n"
           "D1组建团队\n组长：外聘质量专家；成员：客户品质部与制造部各一人。\n"
           "D2问题描述\n冲压件毛刺超标，客户月内退货三批次，涉及两条产线。\n"
           "D3临时遏制措施\n库存与在途产品全部复检，可疑批次隔离并加严出货抽检。\n"
           "D4原因分析\n模具刃口磨损未按周期修磨，点检记录缺失，无法追溯到具体班次。\n"
           "D5永久纠正措施（解决方案）\n{d5}\n"
           "D6效果验证\n{d6}\n"
           "D7标准化\n修订点检规程并推广到其余冲压工序。\n"
           "D8总结\n团队总结经验。\n")
PLAN = "建立模具寿命计数与自动修磨提醒，冲压机加装在线毛刺视觉检测并与质量系统联动。"
