#!/usr/bin/env python3
"""gpukb check_env: read this machine's NVIDIA driver, CUDA toolkit and PyTorch, and say what is wrong.

Standard library only, Python 3.8+. Without arguments it runs nvidia-smi, nvcc -V and a small torch print on
this machine; with --report it reads text someone pasted (nvidia-smi, nvcc -V, collect_env, torch prints).
Either way the text goes through the same parser, and the diagnosis is the one the knowledge base's diagnose
page gives: themes/default/assets/diagnose.js is this file in JavaScript, function for function, and both must
give identical JSON for Tests/Fixtures/env-reports/vectors.json. Change one, change the other.
"""
import argparse
import json
import os
import platform
import re
import subprocess
import sys

# The build pastes the compatibility data (the object the site's resolve/compat-data.js assigns) over the
# GPUKB_DATA line below, as JSON; these names let JSON's literals stand as Python.
true, false, null = True, False, None
GPUKB_DATA = {"gpus":[{"name":"NVIDIA Jetson Nano","aliases":["Jetson Nano"],"arch":"Maxwell","cc":"5.3","url":"compat/gpu/nvidia-jetson-nano/index.html","first":"6.5"},{"name":"GeForce GTX 1060","aliases":["GTX 1060","1060","GTX1060"],"arch":"Pascal","cc":"6.1","url":"compat/gpu/geforce-gtx-1060/index.html","first":"8.0"},{"name":"GeForce GTX 1070","aliases":["GTX 1070","1070","GTX1070"],"arch":"Pascal","cc":"6.1","url":"compat/gpu/geforce-gtx-1070/index.html","first":"8.0"},{"name":"GeForce GTX 1080","aliases":["GTX 1080","1080","GTX1080"],"arch":"Pascal","cc":"6.1","url":"compat/gpu/geforce-gtx-1080/index.html","first":"8.0"},{"name":"GeForce GTX 1080 Ti","aliases":["GTX 1080 Ti","1080 Ti","1080Ti","GTX 1080Ti"],"arch":"Pascal","cc":"6.1","url":"compat/gpu/geforce-gtx-1080-ti/index.html","first":"8.0"},{"name":"NVIDIA TITAN Xp","aliases":["TITAN Xp","TitanXp"],"arch":"Pascal","cc":"6.1","url":"compat/gpu/nvidia-titan-xp/index.html","first":"8.0"},{"name":"Tesla P100","aliases":["P100","NVIDIA P100"],"arch":"Pascal","cc":"6.0","url":"compat/gpu/tesla-p100/index.html","first":"8.0"},{"name":"NVIDIA TITAN V","aliases":["TITAN V","TitanV"],"arch":"Volta","cc":"7.0","url":"compat/gpu/nvidia-titan-v/index.html","first":"9.0"},{"name":"NVIDIA V100","aliases":["V100","Tesla V100","V100 32GB","V100 16GB"],"arch":"Volta","cc":"7.0","url":"compat/gpu/nvidia-v100/index.html","first":"9.0"},{"name":"GeForce RTX 2060","aliases":["RTX 2060","2060","RTX2060"],"arch":"Turing","cc":"7.5","url":"compat/gpu/geforce-rtx-2060/index.html","first":"10.0"},{"name":"GeForce RTX 2070","aliases":["RTX 2070","2070","RTX2070"],"arch":"Turing","cc":"7.5","url":"compat/gpu/geforce-rtx-2070/index.html","first":"10.0"},{"name":"GeForce RTX 2080","aliases":["RTX 2080","2080","RTX2080"],"arch":"Turing","cc":"7.5","url":"compat/gpu/geforce-rtx-2080/index.html","first":"10.0"},{"name":"GeForce RTX 2080 Ti","aliases":["RTX 2080 Ti","2080 Ti","2080Ti","RTX 2080Ti"],"arch":"Turing","cc":"7.5","url":"compat/gpu/geforce-rtx-2080-ti/index.html","first":"10.0"},{"name":"NVIDIA TITAN RTX","aliases":["TITAN RTX","TitanRTX"],"arch":"Turing","cc":"7.5","url":"compat/gpu/nvidia-titan-rtx/index.html","first":"10.0"},{"name":"Quadro RTX 6000","aliases":["Quadro RTX6000"],"arch":"Turing","cc":"7.5","url":"compat/gpu/quadro-rtx-6000/index.html","first":"10.0"},{"name":"Quadro RTX 8000","aliases":["RTX 8000","Quadro RTX8000"],"arch":"Turing","cc":"7.5","url":"compat/gpu/quadro-rtx-8000/index.html","first":"10.0"},{"name":"NVIDIA T4","aliases":["T4","Tesla T4"],"arch":"Turing","cc":"7.5","url":"compat/gpu/nvidia-t4/index.html","first":"10.0"},{"name":"GeForce RTX 3060","aliases":["RTX 3060","3060","RTX3060"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/geforce-rtx-3060/index.html","first":"11.1"},{"name":"GeForce RTX 3070","aliases":["RTX 3070","3070","RTX3070"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/geforce-rtx-3070/index.html","first":"11.1"},{"name":"GeForce RTX 3080","aliases":["RTX 3080","3080","RTX3080"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/geforce-rtx-3080/index.html","first":"11.1"},{"name":"GeForce RTX 3090","aliases":["RTX 3090","3090","RTX3090"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/geforce-rtx-3090/index.html","first":"11.1"},{"name":"NVIDIA RTX A4000","aliases":["RTX A4000","A4000"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/nvidia-rtx-a4000/index.html","first":"11.1"},{"name":"NVIDIA RTX A5000","aliases":["RTX A5000","A5000"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/nvidia-rtx-a5000/index.html","first":"11.1"},{"name":"NVIDIA RTX A6000","aliases":["RTX A6000","A6000"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/nvidia-rtx-a6000/index.html","first":"11.1"},{"name":"NVIDIA A10","aliases":["A10","NVIDIA A10 24GB"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/nvidia-a10/index.html","first":"11.1"},{"name":"NVIDIA A30","aliases":["A30"],"arch":"Ampere","cc":"8.0","url":"compat/gpu/nvidia-a30/index.html","first":"11.0"},{"name":"NVIDIA A40","aliases":["A40"],"arch":"Ampere","cc":"8.6","url":"compat/gpu/nvidia-a40/index.html","first":"11.1"},{"name":"NVIDIA A100 40GB","aliases":["A100","A100 40GB","A100-40GB","A100 40G","A100-SXM4-40GB","A100-PCIE-40GB"],"arch":"Ampere","cc":"8.0","url":"compat/gpu/nvidia-a100-40gb/index.html","first":"11.0"},{"name":"NVIDIA A100 80GB","aliases":["A100 80GB","A100-80GB","A100 80G","A100-SXM4-80GB","A100-PCIE-80GB"],"arch":"Ampere","cc":"8.0","url":"compat/gpu/nvidia-a100-80gb/index.html","first":"11.0"},{"name":"NVIDIA Jetson AGX Orin","aliases":["Jetson AGX Orin","AGX Orin"],"arch":"Ampere","cc":"8.7","url":"compat/gpu/nvidia-jetson-agx-orin/index.html","first":"11.4"},{"name":"GeForce RTX 4060","aliases":["RTX 4060","4060","RTX4060"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/geforce-rtx-4060/index.html","first":"11.8"},{"name":"GeForce RTX 4070","aliases":["RTX 4070","4070","RTX4070"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/geforce-rtx-4070/index.html","first":"11.8"},{"name":"GeForce RTX 4080","aliases":["RTX 4080","4080","RTX4080"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/geforce-rtx-4080/index.html","first":"11.8"},{"name":"GeForce RTX 4090","aliases":["RTX 4090","4090","RTX4090"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/geforce-rtx-4090/index.html","first":"11.8"},{"name":"NVIDIA RTX 6000 Ada Generation","aliases":["RTX 6000 Ada","RTX 6000 Ada Generation","6000 Ada"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/nvidia-rtx-6000-ada-generation/index.html","first":"11.8"},{"name":"NVIDIA L4","aliases":["L4"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/nvidia-l4/index.html","first":"11.8"},{"name":"NVIDIA L40","aliases":["L40"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/nvidia-l40/index.html","first":"11.8"},{"name":"NVIDIA L40S","aliases":["L40S"],"arch":"Ada Lovelace","cc":"8.9","url":"compat/gpu/nvidia-l40s/index.html","first":"11.8"},{"name":"NVIDIA H100 SXM","aliases":["H100","H100 SXM","H100 SXM5","H100-SXM5","H100 80GB HBM3","H100 SXM 80GB"],"arch":"Hopper","cc":"9.0","url":"compat/gpu/nvidia-h100-sxm/index.html","first":"11.8"},{"name":"NVIDIA H100 PCIe","aliases":["H100 PCIe","H100-PCIE","H100 PCIe 80GB"],"arch":"Hopper","cc":"9.0","url":"compat/gpu/nvidia-h100-pcie/index.html","first":"11.8"},{"name":"NVIDIA H200","aliases":["H200","H200 SXM","H200-SXM5","H200 NVL","H200 141GB"],"arch":"Hopper","cc":"9.0","url":"compat/gpu/nvidia-h200/index.html","first":"11.8"},{"name":"NVIDIA B200","aliases":["B200","HGX B200"],"arch":"Blackwell","cc":"10.0","url":"compat/gpu/nvidia-b200/index.html","first":"12.8"},{"name":"NVIDIA GB200","aliases":["GB200","GB200 NVL72"],"arch":"Blackwell","cc":"10.0","url":"compat/gpu/nvidia-gb200/index.html","first":"12.8"},{"name":"NVIDIA B300","aliases":["B300","HGX B300"],"arch":"Blackwell","cc":"10.3","url":"compat/gpu/nvidia-b300/index.html","first":"12.9"},{"name":"NVIDIA Jetson AGX Thor","aliases":["Jetson AGX Thor","AGX Thor","Jetson Thor","Jetson T5000","T5000"],"arch":"Blackwell","cc":"11.0","url":"compat/gpu/nvidia-jetson-agx-thor/index.html","first":"13.0"},{"name":"GeForce RTX 5070","aliases":["RTX 5070","5070","RTX5070"],"arch":"Blackwell","cc":"12.0","url":"compat/gpu/geforce-rtx-5070/index.html","first":"12.8"},{"name":"GeForce RTX 5080","aliases":["RTX 5080","5080","RTX5080"],"arch":"Blackwell","cc":"12.0","url":"compat/gpu/geforce-rtx-5080/index.html","first":"12.8"},{"name":"GeForce RTX 5090","aliases":["RTX 5090","5090","RTX5090"],"arch":"Blackwell","cc":"12.0","url":"compat/gpu/geforce-rtx-5090/index.html","first":"12.8"},{"name":"NVIDIA RTX PRO 6000 Blackwell Workstation Edition","aliases":["RTX PRO 6000","RTX PRO 6000 Blackwell","RTX PRO 6000 Server Edition","RTX PRO 6000 Max-Q"],"arch":"Blackwell","cc":"12.0","url":"compat/gpu/nvidia-rtx-pro-6000-blackwell-workstation-edition/index.html","first":"12.8"},{"name":"NVIDIA GB10 (DGX Spark)","aliases":["GB10","DGX Spark"],"arch":"Blackwell","cc":"12.1","url":"compat/gpu/nvidia-gb10-dgx-spark/index.html","first":"12.9"}],"gpuKeys":{"jetson nano":0,"geforce gtx 1060":1,"gtx 1060":1,"1060":1,"gtx1060":1,"geforce gtx 1070":2,"gtx 1070":2,"1070":2,"gtx1070":2,"geforce gtx 1080":3,"gtx 1080":3,"1080":3,"gtx1080":3,"geforce gtx 1080 ti":4,"gtx 1080 ti":4,"1080 ti":4,"1080ti":4,"gtx 1080ti":4,"titan xp":5,"titanxp":5,"tesla p100":6,"p100":6,"titan v":7,"titanv":7,"v100":8,"tesla v100":8,"v100 32gb":8,"v100 16gb":8,"geforce rtx 2060":9,"rtx 2060":9,"2060":9,"rtx2060":9,"geforce rtx 2070":10,"rtx 2070":10,"2070":10,"rtx2070":10,"geforce rtx 2080":11,"rtx 2080":11,"2080":11,"rtx2080":11,"geforce rtx 2080 ti":12,"rtx 2080 ti":12,"2080 ti":12,"2080ti":12,"rtx 2080ti":12,"titan rtx":13,"titanrtx":13,"quadro rtx 6000":14,"quadro rtx6000":14,"quadro rtx 8000":15,"rtx 8000":15,"quadro rtx8000":15,"t4":16,"tesla t4":16,"geforce rtx 3060":17,"rtx 3060":17,"3060":17,"rtx3060":17,"geforce rtx 3070":18,"rtx 3070":18,"3070":18,"rtx3070":18,"geforce rtx 3080":19,"rtx 3080":19,"3080":19,"rtx3080":19,"geforce rtx 3090":20,"rtx 3090":20,"3090":20,"rtx3090":20,"rtx a4000":21,"a4000":21,"rtx a5000":22,"a5000":22,"rtx a6000":23,"a6000":23,"a10":24,"a10 24gb":24,"a30":25,"a40":26,"a100 40gb":27,"a100":27,"a100-40gb":27,"a100 40g":27,"a100-sxm4-40gb":27,"a100-pcie-40gb":27,"a100 80gb":28,"a100-80gb":28,"a100 80g":28,"a100-sxm4-80gb":28,"a100-pcie-80gb":28,"jetson agx orin":29,"agx orin":29,"geforce rtx 4060":30,"rtx 4060":30,"4060":30,"rtx4060":30,"geforce rtx 4070":31,"rtx 4070":31,"4070":31,"rtx4070":31,"geforce rtx 4080":32,"rtx 4080":32,"4080":32,"rtx4080":32,"geforce rtx 4090":33,"rtx 4090":33,"4090":33,"rtx4090":33,"rtx 6000 ada generation":34,"rtx 6000 ada":34,"6000 ada":34,"l4":35,"l40":36,"l40s":37,"h100 sxm":38,"h100":38,"h100 sxm5":38,"h100-sxm5":38,"h100 80gb hbm3":38,"h100 sxm 80gb":38,"h100 pcie":39,"h100-pcie":39,"h100 pcie 80gb":39,"h200":40,"h200 sxm":40,"h200-sxm5":40,"h200 nvl":40,"h200 141gb":40,"b200":41,"hgx b200":41,"gb200":42,"gb200 nvl72":42,"b300":43,"hgx b300":43,"jetson agx thor":44,"agx thor":44,"jetson thor":44,"jetson t5000":44,"t5000":44,"geforce rtx 5070":45,"rtx 5070":45,"5070":45,"rtx5070":45,"geforce rtx 5080":46,"rtx 5080":46,"5080":46,"rtx5080":46,"geforce rtx 5090":47,"rtx 5090":47,"5090":47,"rtx5090":47,"rtx pro 6000 blackwell workstation edition":48,"rtx pro 6000":48,"rtx pro 6000 blackwell":48,"rtx pro 6000 server edition":48,"rtx pro 6000 max-q":48,"gb10 (dgx spark)":49,"gb10":49,"dgx spark":49},"toolkits":[{"v":"10.0.130","name":"10.0 GA","linux":"410.48","windows":"411.31","url":"compat/cuda/10.0.130/index.html"},{"v":"10.1.105","name":"10.1 GA","linux":"418.39","windows":"418.96","url":"compat/cuda/10.1.105/index.html"},{"v":"10.1.168","name":"10.1 Update 1","linux":"418.39","windows":"418.96","url":"compat/cuda/10.1.168/index.html"},{"v":"10.1.243","name":"10.1 Update 2","linux":"418.39","windows":"418.96","url":"compat/cuda/10.1.243/index.html"},{"v":"10.2.89","name":"10.2 GA","linux":"440.33","windows":"441.22","url":"compat/cuda/10.2.89/index.html"},{"v":"11.0.2","name":"11.0 GA","linux":"450.51.05","windows":"451.48","url":"compat/cuda/11.0.2/index.html"},{"v":"11.0.3","name":"11.0 Update 1","linux":"450.51.06","windows":"451.82","url":"compat/cuda/11.0.3/index.html"},{"v":"11.1.0","name":"11.1 GA","linux":"455.23","windows":"456.38","url":"compat/cuda/11.1.0/index.html"},{"v":"11.1.1","name":"11.1 Update 1","linux":"455.32","windows":"456.81","url":"compat/cuda/11.1.1/index.html"},{"v":"11.2.0","name":"11.2 GA","linux":"460.27.03","windows":"460.82","url":"compat/cuda/11.2.0/index.html"},{"v":"11.2.1","name":"11.2 Update 1","linux":"460.32.03","windows":"461.09","url":"compat/cuda/11.2.1/index.html"},{"v":"11.2.2","name":"11.2 Update 2","linux":"460.32.03","windows":"461.33","url":"compat/cuda/11.2.2/index.html"},{"v":"11.3.0","name":"11.3 GA","linux":"465.19.01","windows":"465.89","url":"compat/cuda/11.3.0/index.html"},{"v":"11.3.1","name":"11.3 Update 1","linux":"465.19.01","windows":"465.89","url":"compat/cuda/11.3.1/index.html"},{"v":"11.4.0","name":"11.4 GA","linux":"470.42.01","windows":"471.11","url":"compat/cuda/11.4.0/index.html"},{"v":"11.4.1","name":"11.4 Update 1","linux":"470.57.02","windows":"471.41","url":"compat/cuda/11.4.1/index.html"},{"v":"11.4.2","name":"11.4 Update 2","linux":"470.57.02","windows":"471.41","url":"compat/cuda/11.4.2/index.html"},{"v":"11.4.3","name":"11.4 Update 3","linux":"470.82.01","windows":"472.50","url":"compat/cuda/11.4.3/index.html"},{"v":"11.4.4","name":"11.4 Update 4","linux":"470.82.01","windows":"472.50","url":"compat/cuda/11.4.4/index.html"},{"v":"11.5.0","name":"11.5 GA","linux":"495.29.05","windows":"496.04","url":"compat/cuda/11.5.0/index.html"},{"v":"11.5.1","name":"11.5 Update 1","linux":"495.29.05","windows":"496.13","url":"compat/cuda/11.5.1/index.html"},{"v":"11.5.2","name":"11.5 Update 2","linux":"495.29.05","windows":"496.13","url":"compat/cuda/11.5.2/index.html"},{"v":"11.6.0","name":"11.6 GA","linux":"510.39.01","windows":"511.23","url":"compat/cuda/11.6.0/index.html"},{"v":"11.6.1","name":"11.6 Update 1","linux":"510.47.03","windows":"511.65","url":"compat/cuda/11.6.1/index.html"},{"v":"11.6.2","name":"11.6 Update 2","linux":"510.47.03","windows":"511.65","url":"compat/cuda/11.6.2/index.html"},{"v":"11.7.0","name":"11.7 GA","linux":"515.43.04","windows":"516.01","url":"compat/cuda/11.7.0/index.html"},{"v":"11.7.1","name":"11.7 Update 1","linux":"515.48.07","windows":"516.31","url":"compat/cuda/11.7.1/index.html"},{"v":"11.8.0","name":"11.8 GA","linux":"520.61.05","windows":"520.06","url":"compat/cuda/11.8.0/index.html"},{"v":"12.0.0","name":"12.0 GA","linux":"525.60.13","windows":"527.41","url":"compat/cuda/12.0.0/index.html"},{"v":"12.0.1","name":"12.0 Update 1","linux":"525.85.12","windows":"528.33","url":"compat/cuda/12.0.1/index.html"},{"v":"12.1.0","name":"12.1 GA","linux":"530.30.02","windows":"531.14","url":"compat/cuda/12.1.0/index.html"},{"v":"12.1.1","name":"12.1 Update 1","linux":"530.30.02","windows":"531.14","url":"compat/cuda/12.1.1/index.html"},{"v":"12.2.0","name":"12.2 GA","linux":"535.54.03","windows":"536.25","url":"compat/cuda/12.2.0/index.html"},{"v":"12.2.1","name":"12.2 Update 1","linux":"535.86.09","windows":"536.67","url":"compat/cuda/12.2.1/index.html"},{"v":"12.2.2","name":"12.2 Update 2","linux":"535.104.05","windows":"537.13","url":"compat/cuda/12.2.2/index.html"},{"v":"12.3.0","name":"12.3 GA","linux":"545.23.06","windows":"545.84","url":"compat/cuda/12.3.0/index.html"},{"v":"12.3.1","name":"12.3 Update 1","linux":"545.23.08","windows":"546.12","url":"compat/cuda/12.3.1/index.html"},{"v":"12.4.0","name":"12.4 GA","linux":"550.54.14","windows":"551.61","url":"compat/cuda/12.4.0/index.html"},{"v":"12.4.1","name":"12.4 Update 1","linux":"550.54.15","windows":"551.78","url":"compat/cuda/12.4.1/index.html"},{"v":"12.5.0","name":"12.5 GA","linux":"555.42.02","windows":"555.85","url":"compat/cuda/12.5.0/index.html"},{"v":"12.5.1","name":"12.5 Update 1","linux":"555.42.06","windows":"555.85","url":"compat/cuda/12.5.1/index.html"},{"v":"12.6.0","name":"12.6 GA","linux":"560.28.03","windows":"560.76","url":"compat/cuda/12.6.0/index.html"},{"v":"12.6.1","name":"12.6 Update 1","linux":"560.35.03","windows":"560.94","url":"compat/cuda/12.6.1/index.html"},{"v":"12.6.2","name":"12.6 Update 2","linux":"560.35.03","windows":"560.94","url":"compat/cuda/12.6.2/index.html"},{"v":"12.6.3","name":"12.6 Update 3","linux":"560.35.05","windows":"561.17","url":"compat/cuda/12.6.3/index.html"},{"v":"12.8.0","name":"12.8 GA","linux":"570.26","windows":"570.65","url":"compat/cuda/12.8.0/index.html"},{"v":"12.8.1","name":"12.8 Update 1","linux":"570.124.06","windows":"572.61","url":"compat/cuda/12.8.1/index.html"},{"v":"12.9.0","name":"12.9 GA","linux":"575.51.03","windows":"576.02","url":"compat/cuda/12.9.0/index.html"},{"v":"12.9.1","name":"12.9 Update 1","linux":"575.57.08","windows":"576.57","url":"compat/cuda/12.9.1/index.html"},{"v":"13.0.0","name":"13.0 GA","linux":"580.65.06","windows":null,"url":"compat/cuda/13.0.0/index.html"},{"v":"13.0.1","name":"13.0 Update 1","linux":"580.82.07","windows":null,"url":"compat/cuda/13.0.1/index.html"},{"v":"13.0.2","name":"13.0 Update 2","linux":"580.95.05","windows":null,"url":"compat/cuda/13.0.2/index.html"},{"v":"13.1.0","name":"13.1 GA","linux":"590.44.01","windows":null,"url":"compat/cuda/13.1.0/index.html"},{"v":"13.1.1","name":"13.1 Update 1","linux":"590.48.01","windows":null,"url":"compat/cuda/13.1.1/index.html"},{"v":"13.2.0","name":"13.2 GA","linux":"595.45.04","windows":null,"url":"compat/cuda/13.2.0/index.html"},{"v":"13.2.1","name":"13.2 Update 1","linux":"595.58.03","windows":null,"url":"compat/cuda/13.2.1/index.html"},{"v":"13.2.2","name":"13.2 Update 2","linux":"595.71.05","windows":null,"url":"compat/cuda/13.2.2/index.html"},{"v":"13.3.0","name":"13.3 GA","linux":"610.43.02","windows":null,"url":"compat/cuda/13.3.0/index.html"},{"v":"13.3.1","name":"13.3 Update 1","linux":"610.43.02","windows":null,"url":"compat/cuda/13.3.1/index.html"},{"v":"13.4.1","name":"13.4 GA","linux":null,"windows":null,"url":"compat/cuda/13.4.1/index.html"},{"v":"13.4.2","name":"13.4 Update 1","linux":null,"windows":null,"url":"compat/cuda/13.4.2/index.html"}],"floors":[{"major":11,"linux":"450.80.02","windows":"452.39"},{"major":12,"linux":"525.60.13","windows":"527.41"},{"major":13,"linux":"580","windows":"580"}],"builds":[{"torch":"1.7.0","tag":"cu101","cuda":"10.1","py":["3.6","3.8"],"pyOk":0,"pyBad":1,"platforms":["linux","windows"],"pip":"pip install torch==1.7.0+cu101 torchvision==0.8.0+cu101 torchaudio==0.7.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.7.0 torchvision==0.8.0 torchaudio==0.7.0 cudatoolkit=10.1 -c pytorch","noConda":2,"url":"compat/pytorch/1.7.0/index.html"},{"torch":"1.7.0","tag":"cu102","cuda":"10.2","py":["3.6","3.8"],"pyOk":0,"pyBad":1,"platforms":["linux","windows"],"pip":"pip install torch==1.7.0 torchvision==0.8.0 torchaudio==0.7.0","conda":"conda install pytorch==1.7.0 torchvision==0.8.0 torchaudio==0.7.0 cudatoolkit=10.2 -c pytorch","noConda":2,"url":"compat/pytorch/1.7.0/index.html"},{"torch":"1.7.0","tag":"cu110","cuda":"11.0","py":["3.6","3.8"],"pyOk":0,"pyBad":1,"platforms":["linux","windows"],"pip":"pip install torch==1.7.0+cu110 torchvision==0.8.0+cu110 torchaudio==0.7.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.7.0 torchvision==0.8.0 torchaudio==0.7.0 cudatoolkit=11.0 -c pytorch","noConda":2,"url":"compat/pytorch/1.7.0/index.html"},{"torch":"1.7.1","tag":"cu101","cuda":"10.1","py":["3.6","3.9"],"pyOk":3,"pyBad":4,"platforms":["linux","windows"],"pip":"pip install torch==1.7.1+cu101 torchvision==0.8.2+cu101 torchaudio==0.7.2 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.7.1 torchvision==0.8.2 torchaudio==0.7.2 cudatoolkit=10.1 -c pytorch","noConda":5,"url":"compat/pytorch/1.7.1/index.html"},{"torch":"1.7.1","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":4,"platforms":["linux","windows"],"pip":"pip install torch==1.7.1 torchvision==0.8.2 torchaudio==0.7.2","conda":"conda install pytorch==1.7.1 torchvision==0.8.2 torchaudio==0.7.2 cudatoolkit=10.2 -c pytorch","noConda":5,"url":"compat/pytorch/1.7.1/index.html"},{"torch":"1.7.1","tag":"cu110","cuda":"11.0","py":["3.6","3.9"],"pyOk":3,"pyBad":4,"platforms":["linux","windows"],"pip":"pip install torch==1.7.1+cu110 torchvision==0.8.2+cu110 torchaudio==0.7.2 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.7.1 torchvision==0.8.2 torchaudio==0.7.2 cudatoolkit=11.0 -c pytorch","noConda":5,"url":"compat/pytorch/1.7.1/index.html"},{"torch":"1.8.0","tag":"cu101","cuda":"10.1","py":["3.6","3.9"],"pyOk":3,"pyBad":6,"platforms":["linux","windows"],"pip":"pip install torch==1.8.0+cu101 torchvision==0.9.0+cu101 torchaudio==0.8.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":null,"noConda":7,"url":"compat/pytorch/1.8.0/index.html"},{"torch":"1.8.0","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":6,"platforms":["linux","windows"],"pip":"pip install torch==1.8.0 torchvision==0.9.0 torchaudio==0.8.0","conda":"conda install pytorch==1.8.0 torchvision==0.9.0 torchaudio==0.8.0 cudatoolkit=10.2 -c pytorch","noConda":7,"url":"compat/pytorch/1.8.0/index.html"},{"torch":"1.8.0","tag":"cu111","cuda":"11.1","py":["3.6","3.9"],"pyOk":3,"pyBad":6,"platforms":["linux","windows"],"pip":"pip install torch==1.8.0+cu111 torchvision==0.9.0+cu111 torchaudio==0.8.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.8.0 torchvision==0.9.0 torchaudio==0.8.0 cudatoolkit=11.1 -c pytorch -c conda-forge","noConda":7,"url":"compat/pytorch/1.8.0/index.html"},{"torch":"1.8.1","tag":"cu101","cuda":"10.1","py":["3.6","3.9"],"pyOk":3,"pyBad":8,"platforms":["linux","windows"],"pip":"pip install torch==1.8.1+cu101 torchvision==0.9.1+cu101 torchaudio==0.8.1 -f https://download.pytorch.org/whl/torch_stable.html","conda":null,"noConda":9,"url":"compat/pytorch/1.8.1/index.html"},{"torch":"1.8.1","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":8,"platforms":["linux","windows"],"pip":"pip install torch==1.8.1+cu102 torchvision==0.9.1+cu102 torchaudio==0.8.1 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.8.1 torchvision==0.9.1 torchaudio==0.8.1 cudatoolkit=10.2 -c pytorch","noConda":9,"url":"compat/pytorch/1.8.1/index.html"},{"torch":"1.8.1","tag":"cu111","cuda":"11.1","py":["3.6","3.9"],"pyOk":3,"pyBad":8,"platforms":["linux","windows"],"pip":"pip install torch==1.8.1+cu111 torchvision==0.9.1+cu111 torchaudio==0.8.1 -f https://download.pytorch.org/whl/torch_stable.html","conda":null,"noConda":9,"url":"compat/pytorch/1.8.1/index.html"},{"torch":"1.8.2","tag":"cu102","cuda":"10.2","py":["3.6","3.8"],"pyOk":0,"pyBad":10,"platforms":["linux","windows"],"pip":"pip3 install torch==1.8.2 torchvision==0.9.2 torchaudio==0.8.2 --extra-index-url https://download.pytorch.org/whl/lts/1.8/cu102","conda":"conda install pytorch torchvision torchaudio cudatoolkit=10.2 -c pytorch-lts","noConda":11,"url":"compat/pytorch/1.8.2/index.html"},{"torch":"1.8.2","tag":"cu111","cuda":"11.1","py":["3.6","3.8"],"pyOk":0,"pyBad":10,"platforms":["linux","windows"],"pip":"pip3 install torch==1.8.2 torchvision==0.9.2 torchaudio==0.8.2 --extra-index-url https://download.pytorch.org/whl/lts/1.8/cu111","conda":"conda install pytorch torchvision torchaudio cudatoolkit=11.1 -c pytorch-lts -c nvidia","noConda":11,"url":"compat/pytorch/1.8.2/index.html"},{"torch":"1.9.0","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":12,"platforms":["linux","windows"],"pip":"pip install torch==1.9.0+cu102 torchvision==0.10.0+cu102 torchaudio==0.9.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.9.0 torchvision==0.10.0 torchaudio==0.9.0 cudatoolkit=10.2 -c pytorch","noConda":13,"url":"compat/pytorch/1.9.0/index.html"},{"torch":"1.9.0","tag":"cu111","cuda":"11.1","py":["3.6","3.9"],"pyOk":3,"pyBad":12,"platforms":["linux","windows"],"pip":"pip install torch==1.9.0+cu111 torchvision==0.10.0+cu111 torchaudio==0.9.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":null,"noConda":13,"url":"compat/pytorch/1.9.0/index.html"},{"torch":"1.9.1","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":14,"platforms":["linux","windows"],"pip":"pip install torch==1.9.1+cu102 torchvision==0.10.1+cu102 torchaudio==0.9.1 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.9.1 torchvision==0.10.1 torchaudio==0.9.1 cudatoolkit=10.2 -c pytorch","noConda":15,"url":"compat/pytorch/1.9.1/index.html"},{"torch":"1.9.1","tag":"cu111","cuda":"11.1","py":["3.6","3.9"],"pyOk":3,"pyBad":14,"platforms":["linux","windows"],"pip":"pip install torch==1.9.1+cu111 torchvision==0.10.1+cu111 torchaudio==0.9.1 -f https://download.pytorch.org/whl/torch_stable.html","conda":null,"noConda":15,"url":"compat/pytorch/1.9.1/index.html"},{"torch":"1.10.0","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":16,"platforms":["linux","windows"],"pip":"pip install torch==1.10.0+cu102 torchvision==0.11.0+cu102 torchaudio==0.10.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":"conda install pytorch==1.10.0 torchvision==0.11.0 torchaudio==0.10.0 cudatoolkit=10.2 -c pytorch","noConda":17,"url":"compat/pytorch/1.10.0/index.html"},{"torch":"1.10.0","tag":"cu111","cuda":"11.1","py":["3.6","3.9"],"pyOk":3,"pyBad":16,"platforms":["linux","windows"],"pip":"pip install torch==1.10.0+cu111 torchvision==0.11.0+cu111 torchaudio==0.10.0 -f https://download.pytorch.org/whl/torch_stable.html","conda":null,"noConda":17,"url":"compat/pytorch/1.10.0/index.html"},{"torch":"1.10.0","tag":"cu113","cuda":"11.3","py":["3.6","3.9"],"pyOk":3,"pyBad":16,"platforms":["linux","windows"],"pip":"pip install torch==1.10.0+cu113 torchvision==0.11.0+cu113 torchaudio==0.10.0 -f https://download.pytorch.org/whl/cu113/torch_stable.html","conda":"conda install pytorch==1.10.0 torchvision==0.11.0 torchaudio==0.10.0 cudatoolkit=11.3 -c pytorch -c conda-forge","noConda":17,"url":"compat/pytorch/1.10.0/index.html"},{"torch":"1.10.1","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":18,"platforms":["linux","windows"],"pip":"pip install torch==1.10.1+cu102 torchvision==0.11.2+cu102 torchaudio==0.10.1 -f https://download.pytorch.org/whl/cu102/torch_stable.html","conda":"conda install pytorch==1.10.1 torchvision==0.11.2 torchaudio==0.10.1 cudatoolkit=10.2 -c pytorch","noConda":19,"url":"compat/pytorch/1.10.1/index.html"},{"torch":"1.10.1","tag":"cu111","cuda":"11.1","py":["3.6","3.9"],"pyOk":3,"pyBad":18,"platforms":["linux","windows"],"pip":"pip install torch==1.10.1+cu111 torchvision==0.11.2+cu111 torchaudio==0.10.1 -f https://download.pytorch.org/whl/cu111/torch_stable.html","conda":null,"noConda":19,"url":"compat/pytorch/1.10.1/index.html"},{"torch":"1.10.1","tag":"cu113","cuda":"11.3","py":["3.6","3.9"],"pyOk":3,"pyBad":18,"platforms":["linux","windows"],"pip":"pip install torch==1.10.1+cu113 torchvision==0.11.2+cu113 torchaudio==0.10.1 -f https://download.pytorch.org/whl/cu113/torch_stable.html","conda":"conda install pytorch==1.10.1 torchvision==0.11.2 torchaudio==0.10.1 cudatoolkit=11.3 -c pytorch -c conda-forge","noConda":19,"url":"compat/pytorch/1.10.1/index.html"},{"torch":"1.10.2","tag":"cu102","cuda":"10.2","py":["3.6","3.9"],"pyOk":3,"pyBad":20,"platforms":["linux","windows"],"pip":"pip install torch==1.10.2+cu102 torchvision==0.11.3+cu102 torchaudio==0.10.2 -f https://download.pytorch.org/whl/cu102/torch_stable.html","conda":null,"noConda":21,"url":"compat/pytorch/1.10.2/index.html"},{"torch":"1.10.2","tag":"cu111","cuda":"11.1","py":["3.6","3.9"],"pyOk":3,"pyBad":20,"platforms":["linux","windows"],"pip":"pip install torch==1.10.2+cu111 torchvision==0.11.3+cu111 torchaudio==0.10.2 -f https://download.pytorch.org/whl/cu111/torch_stable.html","conda":null,"noConda":21,"url":"compat/pytorch/1.10.2/index.html"},{"torch":"1.10.2","tag":"cu113","cuda":"11.3","py":["3.6","3.9"],"pyOk":3,"pyBad":20,"platforms":["linux","windows"],"pip":"pip install torch==1.10.2+cu113 torchvision==0.11.3+cu113 torchaudio==0.10.2 -f https://download.pytorch.org/whl/cu113/torch_stable.html","conda":null,"noConda":21,"url":"compat/pytorch/1.10.2/index.html"},{"torch":"1.11.0","tag":"cu102","cuda":"10.2","py":["3.7","3.10"],"pyOk":22,"pyBad":23,"platforms":["linux","windows"],"pip":"pip install torch==1.11.0+cu102 torchvision==0.12.0+cu102 torchaudio==0.11.0 --extra-index-url https://download.pytorch.org/whl/cu102","conda":"conda install pytorch==1.11.0 torchvision==0.12.0 torchaudio==0.11.0 cudatoolkit=10.2 -c pytorch","noConda":24,"url":"compat/pytorch/1.11.0/index.html"},{"torch":"1.11.0","tag":"cu113","cuda":"11.3","py":["3.7","3.10"],"pyOk":22,"pyBad":23,"platforms":["linux","windows"],"pip":"pip install torch==1.11.0+cu113 torchvision==0.12.0+cu113 torchaudio==0.11.0 --extra-index-url https://download.pytorch.org/whl/cu113","conda":"conda install pytorch==1.11.0 torchvision==0.12.0 torchaudio==0.11.0 cudatoolkit=11.3 -c pytorch","noConda":24,"url":"compat/pytorch/1.11.0/index.html"},{"torch":"1.12.0","tag":"cu102","cuda":"10.2","py":["3.7","3.10"],"pyOk":22,"pyBad":25,"platforms":["linux","windows"],"pip":"pip install torch==1.12.0+cu102 torchvision==0.13.0+cu102 torchaudio==0.12.0 --extra-index-url https://download.pytorch.org/whl/cu102","conda":"conda install pytorch==1.12.0 torchvision==0.13.0 torchaudio==0.12.0 cudatoolkit=10.2 -c pytorch","noConda":26,"url":"compat/pytorch/1.12.0/index.html"},{"torch":"1.12.0","tag":"cu113","cuda":"11.3","py":["3.7","3.10"],"pyOk":22,"pyBad":25,"platforms":["linux","windows"],"pip":"pip install torch==1.12.0+cu113 torchvision==0.13.0+cu113 torchaudio==0.12.0 --extra-index-url https://download.pytorch.org/whl/cu113","conda":"conda install pytorch==1.12.0 torchvision==0.13.0 torchaudio==0.12.0 cudatoolkit=11.3 -c pytorch","noConda":26,"url":"compat/pytorch/1.12.0/index.html"},{"torch":"1.12.0","tag":"cu116","cuda":"11.6","py":["3.7","3.10"],"pyOk":22,"pyBad":25,"platforms":["linux","windows"],"pip":"pip install torch==1.12.0+cu116 torchvision==0.13.0+cu116 torchaudio==0.12.0 --extra-index-url https://download.pytorch.org/whl/cu116","conda":"conda install pytorch==1.12.0 torchvision==0.13.0 torchaudio==0.12.0 cudatoolkit=11.6 -c pytorch -c conda-forge","noConda":26,"url":"compat/pytorch/1.12.0/index.html"},{"torch":"1.12.1","tag":"cu102","cuda":"10.2","py":["3.7","3.10"],"pyOk":22,"pyBad":27,"platforms":["linux","windows"],"pip":"pip install torch==1.12.1+cu102 torchvision==0.13.1+cu102 torchaudio==0.12.1 --extra-index-url https://download.pytorch.org/whl/cu102","conda":"conda install pytorch==1.12.1 torchvision==0.13.1 torchaudio==0.12.1 cudatoolkit=10.2 -c pytorch","noConda":28,"url":"compat/pytorch/1.12.1/index.html"},{"torch":"1.12.1","tag":"cu113","cuda":"11.3","py":["3.7","3.10"],"pyOk":22,"pyBad":27,"platforms":["linux","windows"],"pip":"pip install torch==1.12.1+cu113 torchvision==0.13.1+cu113 torchaudio==0.12.1 --extra-index-url https://download.pytorch.org/whl/cu113","conda":"conda install pytorch==1.12.1 torchvision==0.13.1 torchaudio==0.12.1 cudatoolkit=11.3 -c pytorch","noConda":28,"url":"compat/pytorch/1.12.1/index.html"},{"torch":"1.12.1","tag":"cu116","cuda":"11.6","py":["3.7","3.10"],"pyOk":22,"pyBad":27,"platforms":["linux","windows"],"pip":"pip install torch==1.12.1+cu116 torchvision==0.13.1+cu116 torchaudio==0.12.1 --extra-index-url https://download.pytorch.org/whl/cu116","conda":"conda install pytorch==1.12.1 torchvision==0.13.1 torchaudio==0.12.1 cudatoolkit=11.6 -c pytorch -c conda-forge","noConda":28,"url":"compat/pytorch/1.12.1/index.html"},{"torch":"1.13.0","tag":"cu116","cuda":"11.6","py":["3.7","3.10"],"pyOk":22,"pyBad":29,"platforms":["linux","windows"],"pip":"pip install torch==1.13.0+cu116 torchvision==0.14.0+cu116 torchaudio==0.13.0 --extra-index-url https://download.pytorch.org/whl/cu116","conda":"conda install pytorch==1.13.0 torchvision==0.14.0 torchaudio==0.13.0 pytorch-cuda=11.6 -c pytorch -c nvidia","noConda":30,"url":"compat/pytorch/1.13.0/index.html"},{"torch":"1.13.0","tag":"cu117","cuda":"11.7","py":["3.7","3.10"],"pyOk":22,"pyBad":29,"platforms":["linux","windows"],"pip":"pip install torch==1.13.0+cu117 torchvision==0.14.0+cu117 torchaudio==0.13.0 --extra-index-url https://download.pytorch.org/whl/cu117","conda":"conda install pytorch==1.13.0 torchvision==0.14.0 torchaudio==0.13.0 pytorch-cuda=11.7 -c pytorch -c nvidia","noConda":30,"url":"compat/pytorch/1.13.0/index.html"},{"torch":"1.13.1","tag":"cu116","cuda":"11.6","py":["3.7","3.10"],"pyOk":22,"pyBad":31,"platforms":["linux","windows"],"pip":"pip install torch==1.13.1+cu116 torchvision==0.14.1+cu116 torchaudio==0.13.1 --extra-index-url https://download.pytorch.org/whl/cu116","conda":"conda install pytorch==1.13.1 torchvision==0.14.1 torchaudio==0.13.1 pytorch-cuda=11.6 -c pytorch -c nvidia","noConda":32,"url":"compat/pytorch/1.13.1/index.html"},{"torch":"1.13.1","tag":"cu117","cuda":"11.7","py":["3.7","3.10"],"pyOk":22,"pyBad":31,"platforms":["linux","windows"],"pip":"pip install torch==1.13.1+cu117 torchvision==0.14.1+cu117 torchaudio==0.13.1 --extra-index-url https://download.pytorch.org/whl/cu117","conda":"conda install pytorch==1.13.1 torchvision==0.14.1 torchaudio==0.13.1 pytorch-cuda=11.7 -c pytorch -c nvidia","noConda":32,"url":"compat/pytorch/1.13.1/index.html"},{"torch":"2.0.0","tag":"cu117","cuda":"11.7","py":["3.8","3.11"],"pyOk":33,"pyBad":34,"platforms":["linux","windows"],"pip":"pip install torch==2.0.0 torchvision==0.15.1 torchaudio==2.0.1","conda":null,"noConda":35,"url":"compat/pytorch/2.0.0/index.html"},{"torch":"2.0.0","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":34,"platforms":["linux","windows"],"pip":"pip install torch==2.0.0 torchvision==0.15.1 torchaudio==2.0.1 --index-url https://download.pytorch.org/whl/cu118","conda":null,"noConda":35,"url":"compat/pytorch/2.0.0/index.html"},{"torch":"2.0.1","tag":"cu117","cuda":"11.7","py":["3.8","3.11"],"pyOk":33,"pyBad":36,"platforms":["linux","windows"],"pip":"pip install torch==2.0.1 torchvision==0.15.2 torchaudio==2.0.2","conda":"conda install pytorch==2.0.1 torchvision==0.15.2 torchaudio==2.0.2 pytorch-cuda=11.7 -c pytorch -c nvidia","noConda":37,"url":"compat/pytorch/2.0.1/index.html"},{"torch":"2.0.1","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":36,"platforms":["linux","windows"],"pip":"pip install torch==2.0.1 torchvision==0.15.2 torchaudio==2.0.2 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.0.1 torchvision==0.15.2 torchaudio==2.0.2 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":37,"url":"compat/pytorch/2.0.1/index.html"},{"torch":"2.1.0","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":38,"platforms":["linux","windows"],"pip":"pip install torch==2.1.0 torchvision==0.16.0 torchaudio==2.1.0 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.1.0 torchvision==0.16.0 torchaudio==2.1.0 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":39,"url":"compat/pytorch/2.1.0/index.html"},{"torch":"2.1.0","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":38,"platforms":["linux","windows"],"pip":"pip install torch==2.1.0 torchvision==0.16.0 torchaudio==2.1.0 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.1.0 torchvision==0.16.0 torchaudio==2.1.0 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":39,"url":"compat/pytorch/2.1.0/index.html"},{"torch":"2.1.1","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":40,"platforms":["linux","windows"],"pip":"pip install torch==2.1.1 torchvision==0.16.1 torchaudio==2.1.1 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.1.1 torchvision==0.16.1 torchaudio==2.1.1 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":41,"url":"compat/pytorch/2.1.1/index.html"},{"torch":"2.1.1","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":40,"platforms":["linux","windows"],"pip":"pip install torch==2.1.1 torchvision==0.16.1 torchaudio==2.1.1 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.1.1 torchvision==0.16.1 torchaudio==2.1.1 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":41,"url":"compat/pytorch/2.1.1/index.html"},{"torch":"2.1.2","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":42,"platforms":["linux","windows"],"pip":"pip install torch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":43,"url":"compat/pytorch/2.1.2/index.html"},{"torch":"2.1.2","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":42,"platforms":["linux","windows"],"pip":"pip install torch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.1.2 torchvision==0.16.2 torchaudio==2.1.2 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":43,"url":"compat/pytorch/2.1.2/index.html"},{"torch":"2.2.0","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":44,"platforms":["linux","windows"],"pip":"pip install torch==2.2.0 torchvision==0.17.0 torchaudio==2.2.0 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.2.0 torchvision==0.17.0 torchaudio==2.2.0 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":45,"url":"compat/pytorch/2.2.0/index.html"},{"torch":"2.2.0","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":44,"platforms":["linux","windows"],"pip":"pip install torch==2.2.0 torchvision==0.17.0 torchaudio==2.2.0 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.2.0 torchvision==0.17.0 torchaudio==2.2.0 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":45,"url":"compat/pytorch/2.2.0/index.html"},{"torch":"2.2.1","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":46,"platforms":["linux","windows"],"pip":"pip install torch==2.2.1 torchvision==0.17.1 torchaudio==2.2.1 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.2.1 torchvision==0.17.1 torchaudio==2.2.1 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":47,"url":"compat/pytorch/2.2.1/index.html"},{"torch":"2.2.1","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":46,"platforms":["linux","windows"],"pip":"pip install torch==2.2.1 torchvision==0.17.1 torchaudio==2.2.1 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.2.1 torchvision==0.17.1 torchaudio==2.2.1 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":47,"url":"compat/pytorch/2.2.1/index.html"},{"torch":"2.2.2","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":48,"platforms":["linux","windows"],"pip":"pip install torch==2.2.2 torchvision==0.17.2 torchaudio==2.2.2 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.2.2 torchvision==0.17.2 torchaudio==2.2.2 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":49,"url":"compat/pytorch/2.2.2/index.html"},{"torch":"2.2.2","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":48,"platforms":["linux","windows"],"pip":"pip install torch==2.2.2 torchvision==0.17.2 torchaudio==2.2.2 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.2.2 torchvision==0.17.2 torchaudio==2.2.2 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":49,"url":"compat/pytorch/2.2.2/index.html"},{"torch":"2.3.0","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":50,"platforms":["linux","windows"],"pip":"pip install torch==2.3.0 torchvision==0.18.0 torchaudio==2.3.0 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.3.0 torchvision==0.18.0 torchaudio==2.3.0 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":51,"url":"compat/pytorch/2.3.0/index.html"},{"torch":"2.3.0","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":50,"platforms":["linux","windows"],"pip":"pip install torch==2.3.0 torchvision==0.18.0 torchaudio==2.3.0 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.3.0 torchvision==0.18.0 torchaudio==2.3.0 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":51,"url":"compat/pytorch/2.3.0/index.html"},{"torch":"2.3.1","tag":"cu118","cuda":"11.8","py":["3.8","3.11"],"pyOk":33,"pyBad":52,"platforms":["linux","windows"],"pip":"pip install torch==2.3.1 torchvision==0.18.1 torchaudio==2.3.1 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.3.1 torchvision==0.18.1 torchaudio==2.3.1 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":53,"url":"compat/pytorch/2.3.1/index.html"},{"torch":"2.3.1","tag":"cu121","cuda":"12.1","py":["3.8","3.11"],"pyOk":33,"pyBad":52,"platforms":["linux","windows"],"pip":"pip install torch==2.3.1 torchvision==0.18.1 torchaudio==2.3.1 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.3.1 torchvision==0.18.1 torchaudio==2.3.1 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":53,"url":"compat/pytorch/2.3.1/index.html"},{"torch":"2.4.0","tag":"cu118","cuda":"11.8","py":["3.8","3.12"],"pyOk":54,"pyBad":55,"platforms":["linux","windows"],"pip":"pip install torch==2.4.0 torchvision==0.19.0 torchaudio==2.4.0 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.4.0 torchvision==0.19.0 torchaudio==2.4.0 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":56,"url":"compat/pytorch/2.4.0/index.html"},{"torch":"2.4.0","tag":"cu121","cuda":"12.1","py":["3.8","3.12"],"pyOk":54,"pyBad":55,"platforms":["linux","windows"],"pip":"pip install torch==2.4.0 torchvision==0.19.0 torchaudio==2.4.0 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.4.0 torchvision==0.19.0 torchaudio==2.4.0 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":56,"url":"compat/pytorch/2.4.0/index.html"},{"torch":"2.4.0","tag":"cu124","cuda":"12.4","py":["3.8","3.12"],"pyOk":54,"pyBad":55,"platforms":["linux","windows"],"pip":"pip install torch==2.4.0 torchvision==0.19.0 torchaudio==2.4.0 --index-url https://download.pytorch.org/whl/cu124","conda":"conda install pytorch==2.4.0 torchvision==0.19.0 torchaudio==2.4.0 pytorch-cuda=12.4 -c pytorch -c nvidia","noConda":56,"url":"compat/pytorch/2.4.0/index.html"},{"torch":"2.4.1","tag":"cu118","cuda":"11.8","py":["3.8","3.12"],"pyOk":54,"pyBad":57,"platforms":["linux","windows"],"pip":"pip install torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":58,"url":"compat/pytorch/2.4.1/index.html"},{"torch":"2.4.1","tag":"cu121","cuda":"12.1","py":["3.8","3.12"],"pyOk":54,"pyBad":57,"platforms":["linux","windows"],"pip":"pip install torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":58,"url":"compat/pytorch/2.4.1/index.html"},{"torch":"2.4.1","tag":"cu124","cuda":"12.4","py":["3.8","3.12"],"pyOk":54,"pyBad":57,"platforms":["linux","windows"],"pip":"pip install torch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 --index-url https://download.pytorch.org/whl/cu124","conda":"conda install pytorch==2.4.1 torchvision==0.19.1 torchaudio==2.4.1 pytorch-cuda=12.4 -c pytorch -c nvidia","noConda":58,"url":"compat/pytorch/2.4.1/index.html"},{"torch":"2.5.0","tag":"cu118","cuda":"11.8","py":["3.9","3.12"],"pyOk":59,"pyBad":60,"platforms":["linux","windows"],"pip":"pip install torch==2.5.0 torchvision==0.20.0 torchaudio==2.5.0 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.5.0 torchvision==0.20.0 torchaudio==2.5.0 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":61,"url":"compat/pytorch/2.5.0/index.html"},{"torch":"2.5.0","tag":"cu121","cuda":"12.1","py":["3.9","3.12"],"pyOk":59,"pyBad":60,"platforms":["linux","windows"],"pip":"pip install torch==2.5.0 torchvision==0.20.0 torchaudio==2.5.0 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.5.0 torchvision==0.20.0 torchaudio==2.5.0 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":61,"url":"compat/pytorch/2.5.0/index.html"},{"torch":"2.5.0","tag":"cu124","cuda":"12.4","py":["3.9","3.12"],"pyOk":59,"pyBad":60,"platforms":["linux","windows"],"pip":"pip install torch==2.5.0 torchvision==0.20.0 torchaudio==2.5.0 --index-url https://download.pytorch.org/whl/cu124","conda":"conda install pytorch==2.5.0 torchvision==0.20.0 torchaudio==2.5.0 pytorch-cuda=12.4 -c pytorch -c nvidia","noConda":61,"url":"compat/pytorch/2.5.0/index.html"},{"torch":"2.5.1","tag":"cu118","cuda":"11.8","py":["3.9","3.12"],"pyOk":59,"pyBad":62,"platforms":["linux","windows"],"pip":"pip install torch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 --index-url https://download.pytorch.org/whl/cu118","conda":"conda install pytorch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 pytorch-cuda=11.8 -c pytorch -c nvidia","noConda":63,"url":"compat/pytorch/2.5.1/index.html"},{"torch":"2.5.1","tag":"cu121","cuda":"12.1","py":["3.9","3.12"],"pyOk":59,"pyBad":62,"platforms":["linux","windows"],"pip":"pip install torch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 --index-url https://download.pytorch.org/whl/cu121","conda":"conda install pytorch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 pytorch-cuda=12.1 -c pytorch -c nvidia","noConda":63,"url":"compat/pytorch/2.5.1/index.html"},{"torch":"2.5.1","tag":"cu124","cuda":"12.4","py":["3.9","3.12"],"pyOk":59,"pyBad":62,"platforms":["linux","windows"],"pip":"pip install torch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 --index-url https://download.pytorch.org/whl/cu124","conda":"conda install pytorch==2.5.1 torchvision==0.20.1 torchaudio==2.5.1 pytorch-cuda=12.4 -c pytorch -c nvidia","noConda":63,"url":"compat/pytorch/2.5.1/index.html"},{"torch":"2.6.0","tag":"cu118","cuda":"11.8","py":["3.9","3.13"],"pyOk":64,"pyBad":65,"platforms":["linux","windows"],"pip":"pip install torch==2.6.0 torchvision==0.21.0 torchaudio==2.6.0 --index-url https://download.pytorch.org/whl/cu118","conda":null,"noConda":66,"url":"compat/pytorch/2.6.0/index.html"},{"torch":"2.6.0","tag":"cu124","cuda":"12.4","py":["3.9","3.13"],"pyOk":64,"pyBad":65,"platforms":["linux","windows"],"pip":"pip install torch==2.6.0 torchvision==0.21.0 torchaudio==2.6.0 --index-url https://download.pytorch.org/whl/cu124","conda":null,"noConda":66,"url":"compat/pytorch/2.6.0/index.html"},{"torch":"2.6.0","tag":"cu126","cuda":"12.6","py":["3.9","3.13"],"pyOk":64,"pyBad":65,"platforms":["linux","windows"],"pip":"pip install torch==2.6.0 torchvision==0.21.0 torchaudio==2.6.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":66,"url":"compat/pytorch/2.6.0/index.html"},{"torch":"2.7.0","tag":"cu118","cuda":"11.8","py":["3.9","3.13"],"pyOk":64,"pyBad":67,"platforms":["linux","windows"],"pip":"pip install torch==2.7.0 torchvision==0.22.0 torchaudio==2.7.0 --index-url https://download.pytorch.org/whl/cu118","conda":null,"noConda":68,"url":"compat/pytorch/2.7.0/index.html"},{"torch":"2.7.0","tag":"cu126","cuda":"12.6","py":["3.9","3.13"],"pyOk":64,"pyBad":67,"platforms":["linux","windows"],"pip":"pip install torch==2.7.0 torchvision==0.22.0 torchaudio==2.7.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":68,"url":"compat/pytorch/2.7.0/index.html"},{"torch":"2.7.0","tag":"cu128","cuda":"12.8","py":["3.9","3.13"],"pyOk":64,"pyBad":67,"platforms":["linux","windows"],"pip":"pip install torch==2.7.0 torchvision==0.22.0 torchaudio==2.7.0 --index-url https://download.pytorch.org/whl/cu128","conda":null,"noConda":68,"url":"compat/pytorch/2.7.0/index.html"},{"torch":"2.7.1","tag":"cu118","cuda":"11.8","py":["3.9","3.13"],"pyOk":64,"pyBad":69,"platforms":["linux","windows"],"pip":"pip install torch==2.7.1 torchvision==0.22.1 torchaudio==2.7.1 --index-url https://download.pytorch.org/whl/cu118","conda":null,"noConda":70,"url":"compat/pytorch/2.7.1/index.html"},{"torch":"2.7.1","tag":"cu126","cuda":"12.6","py":["3.9","3.13"],"pyOk":64,"pyBad":69,"platforms":["linux","windows"],"pip":"pip install torch==2.7.1 torchvision==0.22.1 torchaudio==2.7.1 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":70,"url":"compat/pytorch/2.7.1/index.html"},{"torch":"2.7.1","tag":"cu128","cuda":"12.8","py":["3.9","3.13"],"pyOk":64,"pyBad":69,"platforms":["linux","windows"],"pip":"pip install torch==2.7.1 torchvision==0.22.1 torchaudio==2.7.1 --index-url https://download.pytorch.org/whl/cu128","conda":null,"noConda":70,"url":"compat/pytorch/2.7.1/index.html"},{"torch":"2.8.0","tag":"cu126","cuda":"12.6","py":["3.9","3.13"],"pyOk":64,"pyBad":71,"platforms":["linux","windows"],"pip":"pip install torch==2.8.0 torchvision==0.23.0 torchaudio==2.8.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":72,"url":"compat/pytorch/2.8.0/index.html"},{"torch":"2.8.0","tag":"cu128","cuda":"12.8","py":["3.9","3.13"],"pyOk":64,"pyBad":71,"platforms":["linux","windows"],"pip":"pip install torch==2.8.0 torchvision==0.23.0 torchaudio==2.8.0 --index-url https://download.pytorch.org/whl/cu128","conda":null,"noConda":72,"url":"compat/pytorch/2.8.0/index.html"},{"torch":"2.8.0","tag":"cu129","cuda":"12.9","py":["3.9","3.13"],"pyOk":64,"pyBad":71,"platforms":["linux","windows"],"pip":"pip install torch==2.8.0 torchvision==0.23.0 torchaudio==2.8.0 --index-url https://download.pytorch.org/whl/cu129","conda":null,"noConda":72,"url":"compat/pytorch/2.8.0/index.html"},{"torch":"2.9.0","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":74,"platforms":["linux","windows"],"pip":"pip install torch==2.9.0 torchvision==0.24.0 torchaudio==2.9.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":75,"url":"compat/pytorch/2.9.0/index.html"},{"torch":"2.9.0","tag":"cu128","cuda":"12.8","py":["3.10","3.14"],"pyOk":73,"pyBad":74,"platforms":["linux","windows"],"pip":"pip install torch==2.9.0 torchvision==0.24.0 torchaudio==2.9.0 --index-url https://download.pytorch.org/whl/cu128","conda":null,"noConda":75,"url":"compat/pytorch/2.9.0/index.html"},{"torch":"2.9.0","tag":"cu129","cuda":"12.9","py":["3.10","3.14"],"pyOk":73,"pyBad":74,"platforms":["linux"],"pip":"pip install torch==2.9.0 torchvision==0.24.0 --index-url https://download.pytorch.org/whl/cu129","conda":null,"noConda":75,"url":"compat/pytorch/2.9.0/index.html"},{"torch":"2.9.0","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":74,"platforms":["linux","windows"],"pip":"pip install torch==2.9.0 torchvision==0.24.0 torchaudio==2.9.0 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":75,"url":"compat/pytorch/2.9.0/index.html"},{"torch":"2.9.1","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":76,"platforms":["linux","windows"],"pip":"pip install torch==2.9.1 torchvision==0.24.1 torchaudio==2.9.1 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":77,"url":"compat/pytorch/2.9.1/index.html"},{"torch":"2.9.1","tag":"cu128","cuda":"12.8","py":["3.10","3.14"],"pyOk":73,"pyBad":76,"platforms":["linux","windows"],"pip":"pip install torch==2.9.1 torchvision==0.24.1 torchaudio==2.9.1 --index-url https://download.pytorch.org/whl/cu128","conda":null,"noConda":77,"url":"compat/pytorch/2.9.1/index.html"},{"torch":"2.9.1","tag":"cu129","cuda":"12.9","py":["3.10","3.14"],"pyOk":73,"pyBad":76,"platforms":["linux"],"pip":"pip install torch==2.9.1 torchvision==0.24.1 --index-url https://download.pytorch.org/whl/cu129","conda":null,"noConda":77,"url":"compat/pytorch/2.9.1/index.html"},{"torch":"2.9.1","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":76,"platforms":["linux","windows"],"pip":"pip install torch==2.9.1 torchvision==0.24.1 torchaudio==2.9.1 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":77,"url":"compat/pytorch/2.9.1/index.html"},{"torch":"2.10.0","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":78,"platforms":["linux","windows"],"pip":"pip install torch==2.10.0 torchvision==0.25.0 torchaudio==2.10.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":79,"url":"compat/pytorch/2.10.0/index.html"},{"torch":"2.10.0","tag":"cu128","cuda":"12.8","py":["3.10","3.14"],"pyOk":73,"pyBad":78,"platforms":["linux","windows"],"pip":"pip install torch==2.10.0 torchvision==0.25.0 torchaudio==2.10.0 --index-url https://download.pytorch.org/whl/cu128","conda":null,"noConda":79,"url":"compat/pytorch/2.10.0/index.html"},{"torch":"2.10.0","tag":"cu129","cuda":"12.9","py":["3.10","3.14"],"pyOk":73,"pyBad":78,"platforms":["linux"],"pip":"pip install torch==2.10.0 torchvision==0.25.0 --index-url https://download.pytorch.org/whl/cu129","conda":null,"noConda":79,"url":"compat/pytorch/2.10.0/index.html"},{"torch":"2.10.0","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":78,"platforms":["linux","windows"],"pip":"pip install torch==2.10.0 torchvision==0.25.0 torchaudio==2.10.0 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":79,"url":"compat/pytorch/2.10.0/index.html"},{"torch":"2.11.0","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":80,"platforms":["linux","windows"],"pip":"pip install torch==2.11.0 torchvision==0.26.0 torchaudio==2.11.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":81,"url":"compat/pytorch/2.11.0/index.html"},{"torch":"2.11.0","tag":"cu128","cuda":"12.8","py":["3.10","3.14"],"pyOk":73,"pyBad":80,"platforms":["linux","windows"],"pip":"pip install torch==2.11.0 torchvision==0.26.0 torchaudio==2.11.0 --index-url https://download.pytorch.org/whl/cu128","conda":null,"noConda":81,"url":"compat/pytorch/2.11.0/index.html"},{"torch":"2.11.0","tag":"cu129","cuda":"12.9","py":["3.10","3.14"],"pyOk":73,"pyBad":80,"platforms":["linux"],"pip":"pip install torch==2.11.0 torchvision==0.26.0 --index-url https://download.pytorch.org/whl/cu129","conda":null,"noConda":81,"url":"compat/pytorch/2.11.0/index.html"},{"torch":"2.11.0","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":80,"platforms":["linux","windows"],"pip":"pip install torch==2.11.0 torchvision==0.26.0 torchaudio==2.11.0 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":81,"url":"compat/pytorch/2.11.0/index.html"},{"torch":"2.12.0","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":82,"platforms":["linux","windows"],"pip":"pip install torch==2.12.0 torchvision==0.27.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":83,"url":"compat/pytorch/2.12.0/index.html"},{"torch":"2.12.0","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":82,"platforms":["linux","windows"],"pip":"pip install torch==2.12.0 torchvision==0.27.0 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":83,"url":"compat/pytorch/2.12.0/index.html"},{"torch":"2.12.0","tag":"cu132","cuda":"13.2","py":["3.10","3.14"],"pyOk":73,"pyBad":82,"platforms":["linux","windows"],"pip":"pip install torch==2.12.0 torchvision==0.27.0 --index-url https://download.pytorch.org/whl/cu132","conda":null,"noConda":83,"url":"compat/pytorch/2.12.0/index.html"},{"torch":"2.12.1","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":84,"platforms":["linux","windows"],"pip":"pip install torch==2.12.1 torchvision==0.27.1 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":85,"url":"compat/pytorch/2.12.1/index.html"},{"torch":"2.12.1","tag":"cu129","cuda":"12.9","py":["3.10","3.14"],"pyOk":73,"pyBad":84,"platforms":["linux"],"pip":"pip install torch==2.12.1 torchvision==0.27.1 --index-url https://download.pytorch.org/whl/cu129","conda":null,"noConda":85,"url":"compat/pytorch/2.12.1/index.html"},{"torch":"2.12.1","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":84,"platforms":["linux","windows"],"pip":"pip install torch==2.12.1 torchvision==0.27.1 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":85,"url":"compat/pytorch/2.12.1/index.html"},{"torch":"2.12.1","tag":"cu132","cuda":"13.2","py":["3.10","3.14"],"pyOk":73,"pyBad":84,"platforms":["linux","windows"],"pip":"pip install torch==2.12.1 torchvision==0.27.1 --index-url https://download.pytorch.org/whl/cu132","conda":null,"noConda":85,"url":"compat/pytorch/2.12.1/index.html"},{"torch":"2.13.0","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":86,"platforms":["linux","windows"],"pip":"pip install torch==2.13.0 torchvision==0.28.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":87,"url":"compat/pytorch/2.13.0/index.html"},{"torch":"2.13.0","tag":"cu129","cuda":"12.9","py":["3.10","3.14"],"pyOk":73,"pyBad":86,"platforms":["linux"],"pip":"pip install torch==2.13.0 torchvision==0.28.0 --index-url https://download.pytorch.org/whl/cu129","conda":null,"noConda":87,"url":"compat/pytorch/2.13.0/index.html"},{"torch":"2.13.0","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":86,"platforms":["linux","windows"],"pip":"pip install torch==2.13.0 torchvision==0.28.0 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":87,"url":"compat/pytorch/2.13.0/index.html"},{"torch":"2.13.0","tag":"cu132","cuda":"13.2","py":["3.10","3.14"],"pyOk":73,"pyBad":86,"platforms":["linux","windows"],"pip":"pip install torch==2.13.0 torchvision==0.28.0 --index-url https://download.pytorch.org/whl/cu132","conda":null,"noConda":87,"url":"compat/pytorch/2.13.0/index.html"},{"torch":"2.14.0","tag":"cu126","cuda":"12.6","py":["3.10","3.14"],"pyOk":73,"pyBad":88,"platforms":["linux","windows"],"pip":"pip install torch==2.14.0 torchvision==0.29.0 --index-url https://download.pytorch.org/whl/cu126","conda":null,"noConda":89,"url":"compat/pytorch/2.14.0/index.html"},{"torch":"2.14.0","tag":"cu130","cuda":"13.0","py":["3.10","3.14"],"pyOk":73,"pyBad":88,"platforms":["linux","windows"],"pip":"pip install torch==2.14.0 torchvision==0.29.0 --index-url https://download.pytorch.org/whl/cu130","conda":null,"noConda":89,"url":"compat/pytorch/2.14.0/index.html"},{"torch":"2.14.0","tag":"cu132","cuda":"13.2","py":["3.10","3.14"],"pyOk":73,"pyBad":88,"platforms":["linux","windows"],"pip":"pip install torch==2.14.0 torchvision==0.29.0 --index-url https://download.pytorch.org/whl/cu132","conda":null,"noConda":89,"url":"compat/pytorch/2.14.0/index.html"}],"driverRules":{"10.1":{"linux":{"need":"418.39","floor":null,"ok":90,"limited":91,"unsupported":92},"windows":{"need":"418.96","floor":null,"ok":93,"limited":94,"unsupported":95},"wsl2":{"need":"418.96","floor":null,"ok":96,"limited":94,"unsupported":97}},"10.2":{"linux":{"need":"440.33","floor":null,"ok":98,"limited":99,"unsupported":100},"windows":{"need":"441.22","floor":null,"ok":101,"limited":102,"unsupported":103},"wsl2":{"need":"441.22","floor":null,"ok":104,"limited":102,"unsupported":105}},"11.0":{"linux":{"need":"450.51.05","floor":"450.80.02","ok":106,"limited":107,"unsupported":108},"windows":{"need":"451.48","floor":"452.39","ok":109,"limited":110,"unsupported":111},"wsl2":{"need":"451.48","floor":"452.39","ok":112,"limited":110,"unsupported":113}},"11.1":{"linux":{"need":"455.23","floor":"450.80.02","ok":114,"limited":115,"unsupported":116},"windows":{"need":"456.38","floor":"452.39","ok":117,"limited":118,"unsupported":119},"wsl2":{"need":"456.38","floor":"452.39","ok":120,"limited":118,"unsupported":121}},"11.3":{"linux":{"need":"465.19.01","floor":"450.80.02","ok":122,"limited":123,"unsupported":124},"windows":{"need":"465.89","floor":"452.39","ok":125,"limited":126,"unsupported":127},"wsl2":{"need":"465.89","floor":"452.39","ok":128,"limited":126,"unsupported":129}},"11.6":{"linux":{"need":"510.39.01","floor":"450.80.02","ok":130,"limited":131,"unsupported":132},"windows":{"need":"511.23","floor":"452.39","ok":133,"limited":134,"unsupported":135},"wsl2":{"need":"511.23","floor":"452.39","ok":136,"limited":134,"unsupported":137}},"11.7":{"linux":{"need":"515.43.04","floor":"450.80.02","ok":138,"limited":139,"unsupported":140},"windows":{"need":"516.01","floor":"452.39","ok":141,"limited":142,"unsupported":143},"wsl2":{"need":"516.01","floor":"452.39","ok":144,"limited":142,"unsupported":145}},"11.8":{"linux":{"need":"520.61.05","floor":"450.80.02","ok":146,"limited":147,"unsupported":148},"windows":{"need":"520.06","floor":"452.39","ok":149,"limited":150,"unsupported":151},"wsl2":{"need":"520.06","floor":"452.39","ok":152,"limited":150,"unsupported":153}},"12.1":{"linux":{"need":"530.30.02","floor":"525.60.13","ok":154,"limited":155,"unsupported":156},"windows":{"need":"531.14","floor":"527.41","ok":157,"limited":158,"unsupported":159},"wsl2":{"need":"531.14","floor":"527.41","ok":160,"limited":158,"unsupported":161}},"12.4":{"linux":{"need":"550.54.14","floor":"525.60.13","ok":162,"limited":163,"unsupported":164},"windows":{"need":"551.61","floor":"527.41","ok":165,"limited":166,"unsupported":167},"wsl2":{"need":"551.61","floor":"527.41","ok":168,"limited":166,"unsupported":169}},"12.6":{"linux":{"need":"560.28.03","floor":"525.60.13","ok":170,"limited":171,"unsupported":172},"windows":{"need":"560.76","floor":"527.41","ok":173,"limited":174,"unsupported":175},"wsl2":{"need":"560.76","floor":"527.41","ok":176,"limited":174,"unsupported":177}},"12.8":{"linux":{"need":"570.26","floor":"525.60.13","ok":178,"limited":179,"unsupported":180},"windows":{"need":"570.65","floor":"527.41","ok":181,"limited":182,"unsupported":183},"wsl2":{"need":"570.65","floor":"527.41","ok":184,"limited":182,"unsupported":185}},"12.9":{"linux":{"need":"575.51.03","floor":"525.60.13","ok":186,"limited":187,"unsupported":188},"windows":{"need":"576.02","floor":"527.41","ok":189,"limited":190,"unsupported":191},"wsl2":{"need":"576.02","floor":"527.41","ok":192,"limited":190,"unsupported":193}},"13.0":{"linux":{"need":"580.65.06","floor":"580","ok":194,"limited":195,"unsupported":196},"windows":{"need":"580","floor":"580","ok":197,"limited":198,"unsupported":199},"wsl2":{"need":"580","floor":"580","ok":200,"limited":198,"unsupported":201}},"13.2":{"linux":{"need":"595.45.04","floor":"580","ok":202,"limited":203,"unsupported":204},"windows":{"need":"580","floor":"580","ok":205,"limited":198,"unsupported":206},"wsl2":{"need":"580","floor":"580","ok":207,"limited":198,"unsupported":208}}},"ccs":{"5.3":[["ok",209],["ok",210],["ok",211],["ok",209],["ok",210],["ok",211],["limited",212],["limited",213],["limited",214],["ok",209],["ok",210],["ok",215],["ok",210],["ok",215],["ok",210],["ok",215],["ok",210],["ok",215],["ok",210],["ok",215],["ok",216],["ok",210],["ok",215],["ok",216],["ok",210],["ok",215],["ok",216],["ok",210],["ok",216],["ok",210],["ok",216],["ok",217],["ok",210],["ok",216],["ok",217],["ok",217],["ok",218],["ok",217],["ok",218],["ok",218],["ok",219],["ok",218],["ok",219],["ok",219],["ok",220],["ok",219],["ok",220],["ok",219],["ok",220],["ok",219],["ok",220],["ok",219],["ok",220],["ok",219],["ok",220],["ok",219],["ok",220],["ok",219],["ok",220],["ok",219],["ok",220],["ok",221],["ok",219],["ok",220],["ok",221],["ok",219],["ok",220],["ok",221],["ok",219],["ok",220],["ok",221],["limited",222],["limited",223],["limited",224],["limited",222],["limited",224],["limited",225],["limited",222],["limited",224],["limited",225],["ok",226],["unsupported",227],["unsupported",228],["ok",226],["unsupported",227],["unsupported",228],["unsupported",229],["ok",226],["unsupported",227],["unsupported",228],["unsupported",229],["ok",226],["unsupported",227],["unsupported",228],["unsupported",229],["ok",226],["unsupported",230],["limited",231],["unsupported",229],["ok",226],["unsupported",229],["unsupported",232],["ok",226],["limited",231],["unsupported",229],["unsupported",232],["ok",226],["limited",231],["unsupported",229],["unsupported",232],["ok",226],["unsupported",229],["unsupported",232]],"6.0":[["ok",233],["ok",234],["ok",235],["ok",233],["ok",234],["ok",235],["limited",236],["limited",237],["limited",238],["ok",233],["ok",234],["ok",239],["ok",234],["ok",239],["ok",234],["ok",239],["ok",234],["ok",239],["ok",234],["ok",239],["ok",240],["ok",234],["ok",239],["ok",240],["ok",234],["ok",239],["ok",240],["ok",234],["ok",240],["ok",234],["ok",240],["ok",241],["ok",234],["ok",240],["ok",241],["ok",241],["ok",242],["ok",241],["ok",242],["ok",242],["ok",243],["ok",242],["ok",243],["ok",243],["ok",244],["ok",243],["ok",244],["ok",243],["ok",244],["ok",243],["ok",244],["ok",243],["ok",244],["ok",243],["ok",244],["ok",243],["ok",244],["ok",243],["ok",244],["ok",243],["ok",244],["ok",245],["ok",243],["ok",244],["ok",245],["ok",243],["ok",244],["ok",245],["ok",243],["ok",244],["ok",245],["limited",246],["limited",247],["limited",248],["limited",246],["limited",248],["limited",249],["limited",246],["limited",248],["limited",249],["ok",250],["unsupported",251],["unsupported",252],["ok",250],["unsupported",251],["unsupported",252],["unsupported",253],["ok",250],["unsupported",251],["unsupported",252],["unsupported",253],["ok",250],["unsupported",251],["unsupported",252],["unsupported",253],["ok",250],["unsupported",254],["limited",255],["unsupported",253],["ok",250],["unsupported",253],["unsupported",256],["ok",250],["limited",255],["unsupported",253],["unsupported",256],["ok",250],["limited",255],["unsupported",253],["unsupported",256],["ok",250],["unsupported",253],["unsupported",256]],"6.1":[["ok",257],["ok",258],["ok",259],["ok",257],["ok",258],["ok",259],["limited",260],["limited",261],["limited",262],["ok",257],["ok",258],["ok",263],["ok",258],["ok",263],["ok",258],["ok",263],["ok",258],["ok",263],["ok",258],["ok",263],["ok",264],["ok",258],["ok",263],["ok",264],["ok",258],["ok",263],["ok",264],["ok",258],["ok",264],["ok",258],["ok",264],["ok",265],["ok",258],["ok",264],["ok",265],["ok",265],["ok",266],["ok",265],["ok",266],["ok",266],["ok",267],["ok",266],["ok",267],["ok",267],["ok",268],["ok",267],["ok",268],["ok",267],["ok",268],["ok",267],["ok",268],["ok",267],["ok",268],["ok",267],["ok",268],["ok",267],["ok",268],["ok",267],["ok",268],["ok",267],["ok",268],["ok",269],["ok",267],["ok",268],["ok",269],["ok",267],["ok",268],["ok",269],["ok",267],["ok",268],["ok",269],["limited",270],["limited",271],["limited",272],["limited",270],["limited",272],["limited",273],["limited",270],["limited",272],["limited",273],["ok",274],["unsupported",275],["unsupported",276],["ok",274],["unsupported",275],["unsupported",276],["unsupported",277],["ok",274],["unsupported",275],["unsupported",276],["unsupported",277],["ok",274],["unsupported",275],["unsupported",276],["unsupported",277],["ok",274],["unsupported",278],["limited",279],["unsupported",277],["ok",274],["unsupported",277],["unsupported",280],["ok",274],["limited",279],["unsupported",277],["unsupported",280],["ok",274],["limited",279],["unsupported",277],["unsupported",280],["ok",274],["unsupported",277],["unsupported",280]],"7.0":[["ok",281],["ok",282],["ok",283],["ok",281],["ok",282],["ok",283],["limited",284],["limited",285],["limited",286],["ok",281],["ok",282],["ok",287],["ok",282],["ok",287],["ok",282],["ok",287],["ok",282],["ok",287],["ok",282],["ok",287],["ok",288],["ok",282],["ok",287],["ok",288],["ok",282],["ok",287],["ok",288],["ok",282],["ok",288],["ok",282],["ok",288],["ok",289],["ok",282],["ok",288],["ok",289],["ok",289],["ok",290],["ok",289],["ok",290],["ok",290],["ok",291],["ok",290],["ok",291],["ok",291],["ok",292],["ok",291],["ok",292],["ok",291],["ok",292],["ok",291],["ok",292],["ok",291],["ok",292],["ok",291],["ok",292],["ok",291],["ok",292],["ok",291],["ok",292],["ok",291],["ok",292],["ok",293],["ok",291],["ok",292],["ok",293],["ok",291],["ok",292],["ok",293],["ok",291],["ok",292],["ok",293],["limited",294],["limited",295],["limited",296],["limited",294],["limited",296],["limited",297],["limited",294],["limited",296],["limited",297],["ok",298],["ok",299],["ok",300],["ok",298],["ok",299],["ok",300],["unsupported",301],["ok",298],["ok",299],["ok",300],["unsupported",301],["ok",298],["ok",299],["ok",300],["unsupported",301],["ok",298],["unsupported",302],["limited",303],["unsupported",301],["ok",298],["unsupported",301],["unsupported",304],["ok",298],["limited",303],["unsupported",301],["unsupported",304],["ok",298],["limited",303],["unsupported",301],["unsupported",304],["ok",298],["unsupported",301],["unsupported",304]],"7.5":[["ok",305],["ok",306],["ok",307],["ok",305],["ok",306],["ok",307],["limited",308],["limited",309],["limited",310],["ok",311],["ok",312],["ok",313],["ok",312],["ok",313],["ok",312],["ok",313],["ok",312],["ok",313],["ok",312],["ok",313],["ok",314],["ok",312],["ok",313],["ok",314],["ok",312],["ok",313],["ok",314],["ok",312],["ok",314],["ok",312],["ok",314],["ok",315],["ok",312],["ok",314],["ok",315],["ok",315],["ok",316],["ok",315],["ok",316],["ok",316],["ok",317],["ok",316],["ok",317],["ok",317],["ok",318],["ok",317],["ok",318],["ok",317],["ok",318],["ok",317],["ok",318],["ok",317],["ok",318],["ok",317],["ok",318],["ok",317],["ok",318],["ok",317],["ok",318],["ok",317],["ok",318],["ok",319],["ok",317],["ok",318],["ok",319],["ok",317],["ok",318],["ok",319],["ok",317],["ok",318],["ok",319],["limited",320],["limited",321],["limited",322],["limited",320],["limited",322],["limited",323],["limited",320],["limited",322],["limited",323],["ok",324],["ok",325],["ok",326],["ok",324],["ok",325],["ok",326],["ok",327],["ok",324],["ok",325],["ok",326],["ok",327],["ok",324],["ok",325],["ok",326],["ok",327],["ok",324],["ok",325],["limited",328],["ok",327],["ok",324],["ok",327],["ok",329],["ok",324],["limited",328],["ok",327],["ok",329],["ok",324],["limited",328],["ok",327],["ok",329],["ok",324],["ok",327],["ok",329]],"8.0":[["unsupported",330],["unsupported",331],["ok",332],["unsupported",330],["unsupported",331],["ok",332],["unsupported",333],["unsupported",334],["limited",335],["unsupported",336],["unsupported",337],["ok",338],["unsupported",337],["ok",338],["unsupported",337],["ok",338],["unsupported",337],["ok",338],["unsupported",337],["ok",338],["ok",339],["unsupported",337],["ok",338],["ok",339],["unsupported",337],["ok",338],["ok",339],["unsupported",337],["ok",339],["unsupported",337],["ok",339],["ok",340],["unsupported",337],["ok",339],["ok",340],["ok",340],["ok",341],["ok",340],["ok",341],["ok",341],["ok",342],["ok",341],["ok",342],["ok",342],["ok",343],["ok",342],["ok",343],["ok",342],["ok",343],["ok",342],["ok",343],["ok",342],["ok",343],["ok",342],["ok",343],["ok",342],["ok",343],["ok",342],["ok",343],["ok",342],["ok",343],["ok",344],["ok",342],["ok",343],["ok",344],["ok",342],["ok",343],["ok",344],["ok",342],["ok",343],["ok",344],["limited",345],["limited",346],["limited",347],["limited",345],["limited",347],["limited",348],["limited",345],["limited",347],["limited",348],["ok",349],["ok",350],["ok",351],["ok",349],["ok",350],["ok",351],["ok",352],["ok",349],["ok",350],["ok",351],["ok",352],["ok",349],["ok",350],["ok",351],["ok",352],["ok",349],["ok",350],["limited",353],["ok",352],["ok",349],["ok",352],["ok",354],["ok",349],["limited",353],["ok",352],["ok",354],["ok",349],["limited",353],["ok",352],["ok",354],["ok",349],["ok",352],["ok",354]],"8.6":[["unsupported",355],["unsupported",356],["ok",357],["unsupported",355],["unsupported",356],["ok",357],["unsupported",358],["unsupported",359],["limited",360],["unsupported",361],["unsupported",362],["ok",363],["unsupported",362],["ok",363],["unsupported",362],["ok",363],["unsupported",362],["ok",363],["unsupported",362],["ok",363],["ok",364],["unsupported",362],["ok",363],["ok",364],["unsupported",362],["ok",363],["ok",364],["unsupported",362],["ok",364],["unsupported",362],["ok",364],["ok",365],["unsupported",362],["ok",364],["ok",365],["ok",365],["ok",366],["ok",365],["ok",366],["ok",366],["ok",367],["ok",366],["ok",367],["ok",367],["ok",368],["ok",367],["ok",368],["ok",367],["ok",368],["ok",367],["ok",368],["ok",367],["ok",368],["ok",367],["ok",368],["ok",367],["ok",368],["ok",367],["ok",368],["ok",367],["ok",368],["ok",369],["ok",367],["ok",368],["ok",369],["ok",367],["ok",368],["ok",369],["ok",367],["ok",368],["ok",369],["limited",370],["limited",371],["limited",372],["limited",370],["limited",372],["limited",373],["limited",370],["limited",372],["limited",373],["ok",374],["ok",375],["ok",376],["ok",374],["ok",375],["ok",376],["ok",377],["ok",374],["ok",375],["ok",376],["ok",377],["ok",374],["ok",375],["ok",376],["ok",377],["ok",374],["ok",375],["limited",378],["ok",377],["ok",374],["ok",377],["ok",379],["ok",374],["limited",378],["ok",377],["ok",379],["ok",374],["limited",378],["ok",377],["ok",379],["ok",374],["ok",377],["ok",379]],"8.7":[["unsupported",380],["unsupported",381],["ok",382],["unsupported",380],["unsupported",381],["ok",382],["unsupported",383],["unsupported",384],["unsupported",385],["unsupported",386],["unsupported",387],["ok",388],["unsupported",387],["ok",388],["unsupported",387],["ok",388],["unsupported",387],["ok",388],["unsupported",387],["ok",388],["ok",389],["unsupported",387],["ok",388],["ok",389],["unsupported",387],["ok",388],["ok",389],["unsupported",387],["ok",389],["unsupported",387],["ok",389],["ok",390],["unsupported",387],["ok",389],["ok",390],["ok",390],["ok",391],["ok",390],["ok",391],["ok",391],["ok",392],["ok",391],["ok",392],["ok",392],["ok",393],["ok",392],["ok",393],["ok",392],["ok",393],["ok",392],["ok",393],["ok",392],["ok",393],["ok",392],["ok",393],["ok",392],["ok",393],["ok",392],["ok",393],["ok",392],["ok",393],["ok",394],["ok",392],["ok",393],["ok",394],["ok",392],["ok",393],["ok",394],["ok",392],["ok",393],["ok",394],["limited",395],["limited",396],["limited",397],["limited",395],["limited",397],["limited",398],["limited",395],["limited",397],["limited",398],["ok",399],["ok",400],["ok",401],["ok",399],["ok",400],["ok",401],["ok",402],["ok",399],["ok",400],["ok",401],["ok",402],["ok",399],["ok",400],["ok",401],["ok",402],["ok",399],["ok",400],["limited",403],["ok",402],["ok",399],["ok",402],["ok",404],["ok",399],["limited",403],["ok",402],["ok",404],["ok",399],["limited",403],["ok",402],["ok",404],["ok",399],["ok",402],["ok",404]],"8.9":[["unsupported",405],["unsupported",406],["ok",407],["unsupported",405],["unsupported",406],["ok",407],["unsupported",408],["unsupported",409],["unsupported",410],["unsupported",411],["unsupported",412],["ok",413],["unsupported",412],["ok",413],["unsupported",412],["ok",413],["unsupported",412],["ok",413],["unsupported",412],["ok",413],["ok",414],["unsupported",412],["ok",413],["ok",414],["unsupported",412],["ok",413],["ok",414],["unsupported",412],["ok",414],["unsupported",412],["ok",414],["ok",415],["unsupported",412],["ok",414],["ok",415],["ok",415],["ok",416],["ok",415],["ok",416],["ok",416],["ok",417],["ok",416],["ok",417],["ok",417],["ok",418],["ok",417],["ok",418],["ok",417],["ok",418],["ok",417],["ok",418],["ok",417],["ok",418],["ok",417],["ok",418],["ok",417],["ok",418],["ok",417],["ok",418],["ok",417],["ok",418],["ok",419],["ok",417],["ok",418],["ok",419],["ok",417],["ok",418],["ok",419],["ok",417],["ok",418],["ok",419],["limited",420],["limited",421],["limited",422],["limited",420],["limited",422],["limited",423],["limited",420],["limited",422],["limited",423],["ok",424],["ok",425],["ok",426],["ok",424],["ok",425],["ok",426],["ok",427],["ok",424],["ok",425],["ok",426],["ok",427],["ok",424],["ok",425],["ok",426],["ok",427],["ok",424],["ok",425],["limited",428],["ok",427],["ok",424],["ok",427],["ok",429],["ok",424],["limited",428],["ok",427],["ok",429],["ok",424],["limited",428],["ok",427],["ok",429],["ok",424],["ok",427],["ok",429]],"9.0":[["unsupported",430],["unsupported",431],["unsupported",432],["unsupported",430],["unsupported",431],["unsupported",432],["unsupported",433],["unsupported",434],["unsupported",435],["unsupported",436],["unsupported",437],["unsupported",438],["unsupported",437],["unsupported",438],["unsupported",437],["unsupported",438],["unsupported",437],["unsupported",438],["unsupported",437],["unsupported",438],["unsupported",439],["unsupported",437],["unsupported",438],["unsupported",439],["unsupported",437],["unsupported",438],["unsupported",439],["unsupported",437],["unsupported",439],["unsupported",437],["unsupported",439],["unsupported",440],["unsupported",437],["unsupported",439],["unsupported",440],["unsupported",440],["unsupported",441],["unsupported",440],["unsupported",441],["unsupported",441],["ok",442],["unsupported",441],["ok",442],["ok",442],["ok",443],["ok",442],["ok",443],["ok",442],["ok",443],["ok",442],["ok",443],["ok",442],["ok",443],["ok",442],["ok",443],["ok",442],["ok",443],["ok",442],["ok",443],["ok",442],["ok",443],["ok",444],["ok",442],["ok",443],["ok",444],["ok",442],["ok",443],["ok",444],["ok",442],["ok",443],["ok",444],["limited",445],["limited",446],["limited",447],["limited",445],["limited",447],["limited",448],["limited",445],["limited",447],["limited",448],["ok",449],["ok",450],["ok",451],["ok",449],["ok",450],["ok",451],["ok",452],["ok",449],["ok",450],["ok",451],["ok",452],["ok",449],["ok",450],["ok",451],["ok",452],["ok",449],["ok",450],["limited",453],["ok",452],["ok",449],["ok",452],["ok",454],["ok",449],["limited",453],["ok",452],["ok",454],["ok",449],["limited",453],["ok",452],["ok",454],["ok",449],["ok",452],["ok",454]],"10.0":[["unsupported",455],["unsupported",456],["unsupported",457],["unsupported",455],["unsupported",456],["unsupported",457],["unsupported",458],["unsupported",459],["unsupported",460],["unsupported",461],["unsupported",462],["unsupported",463],["unsupported",462],["unsupported",463],["unsupported",462],["unsupported",463],["unsupported",462],["unsupported",463],["unsupported",462],["unsupported",463],["unsupported",464],["unsupported",462],["unsupported",463],["unsupported",464],["unsupported",462],["unsupported",463],["unsupported",464],["unsupported",462],["unsupported",464],["unsupported",462],["unsupported",464],["unsupported",465],["unsupported",462],["unsupported",464],["unsupported",465],["unsupported",465],["unsupported",466],["unsupported",465],["unsupported",466],["unsupported",466],["unsupported",467],["unsupported",466],["unsupported",467],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",467],["unsupported",468],["unsupported",469],["unsupported",467],["unsupported",468],["unsupported",469],["unsupported",467],["unsupported",468],["unsupported",469],["unsupported",467],["unsupported",468],["unsupported",469],["unsupported",470],["unsupported",471],["unsupported",472],["unsupported",470],["unsupported",472],["limited",473],["unsupported",470],["unsupported",472],["limited",473],["unsupported",474],["ok",475],["ok",476],["unsupported",474],["ok",475],["ok",476],["ok",477],["unsupported",474],["ok",475],["ok",476],["ok",477],["unsupported",474],["ok",475],["ok",476],["ok",477],["unsupported",474],["ok",475],["limited",478],["ok",477],["unsupported",474],["ok",477],["ok",479],["unsupported",474],["limited",478],["ok",477],["ok",479],["unsupported",474],["limited",478],["ok",477],["ok",479],["unsupported",474],["ok",477],["ok",479]],"10.3":[["unsupported",480],["unsupported",481],["unsupported",482],["unsupported",480],["unsupported",481],["unsupported",482],["unsupported",483],["unsupported",484],["unsupported",485],["unsupported",486],["unsupported",487],["unsupported",488],["unsupported",487],["unsupported",488],["unsupported",487],["unsupported",488],["unsupported",487],["unsupported",488],["unsupported",487],["unsupported",488],["unsupported",489],["unsupported",487],["unsupported",488],["unsupported",489],["unsupported",487],["unsupported",488],["unsupported",489],["unsupported",487],["unsupported",489],["unsupported",487],["unsupported",489],["unsupported",490],["unsupported",487],["unsupported",489],["unsupported",490],["unsupported",490],["unsupported",491],["unsupported",490],["unsupported",491],["unsupported",491],["unsupported",492],["unsupported",491],["unsupported",492],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",492],["unsupported",493],["unsupported",494],["unsupported",492],["unsupported",493],["unsupported",494],["unsupported",492],["unsupported",493],["unsupported",494],["unsupported",492],["unsupported",493],["unsupported",494],["unsupported",495],["unsupported",496],["unsupported",497],["unsupported",495],["unsupported",497],["unsupported",498],["unsupported",495],["unsupported",497],["unsupported",498],["unsupported",499],["ok",500],["ok",501],["unsupported",499],["ok",500],["ok",501],["ok",502],["unsupported",499],["ok",500],["ok",501],["ok",502],["unsupported",499],["ok",500],["ok",501],["ok",502],["unsupported",499],["ok",500],["limited",503],["ok",502],["unsupported",499],["ok",502],["ok",504],["unsupported",499],["limited",503],["ok",502],["ok",504],["unsupported",499],["limited",503],["ok",502],["ok",504],["unsupported",499],["ok",502],["ok",504]],"11.0":[["unsupported",505],["unsupported",506],["unsupported",507],["unsupported",505],["unsupported",506],["unsupported",507],["unsupported",508],["unsupported",509],["unsupported",510],["unsupported",511],["unsupported",512],["unsupported",513],["unsupported",512],["unsupported",513],["unsupported",512],["unsupported",513],["unsupported",512],["unsupported",513],["unsupported",512],["unsupported",513],["unsupported",514],["unsupported",512],["unsupported",513],["unsupported",514],["unsupported",512],["unsupported",513],["unsupported",514],["unsupported",512],["unsupported",514],["unsupported",512],["unsupported",514],["unsupported",515],["unsupported",512],["unsupported",514],["unsupported",515],["unsupported",515],["unsupported",516],["unsupported",515],["unsupported",516],["unsupported",516],["unsupported",517],["unsupported",516],["unsupported",517],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",517],["unsupported",518],["unsupported",519],["unsupported",517],["unsupported",518],["unsupported",519],["unsupported",517],["unsupported",518],["unsupported",519],["unsupported",517],["unsupported",518],["unsupported",519],["unsupported",520],["unsupported",521],["unsupported",522],["unsupported",520],["unsupported",522],["unsupported",523],["unsupported",520],["unsupported",522],["unsupported",523],["unsupported",524],["unsupported",525],["unsupported",526],["unsupported",524],["unsupported",525],["unsupported",526],["unsupported",527],["unsupported",524],["unsupported",525],["unsupported",526],["unsupported",527],["unsupported",524],["unsupported",525],["unsupported",526],["unsupported",527],["unsupported",524],["unsupported",528],["unsupported",529],["unsupported",527],["unsupported",524],["unsupported",527],["unsupported",530],["unsupported",524],["unsupported",529],["unsupported",527],["unsupported",530],["unsupported",524],["unsupported",529],["unsupported",527],["unsupported",530],["unsupported",524],["unsupported",527],["unsupported",530]],"12.0":[["unsupported",531],["unsupported",532],["unsupported",533],["unsupported",531],["unsupported",532],["unsupported",533],["unsupported",534],["unsupported",535],["unsupported",536],["unsupported",537],["unsupported",538],["unsupported",539],["unsupported",538],["unsupported",539],["unsupported",538],["unsupported",539],["unsupported",538],["unsupported",539],["unsupported",538],["unsupported",539],["unsupported",540],["unsupported",538],["unsupported",539],["unsupported",540],["unsupported",538],["unsupported",539],["unsupported",540],["unsupported",538],["unsupported",540],["unsupported",538],["unsupported",540],["unsupported",541],["unsupported",538],["unsupported",540],["unsupported",541],["unsupported",541],["unsupported",542],["unsupported",541],["unsupported",542],["unsupported",542],["unsupported",543],["unsupported",542],["unsupported",543],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",543],["unsupported",544],["unsupported",545],["unsupported",543],["unsupported",544],["unsupported",545],["unsupported",543],["unsupported",544],["unsupported",545],["unsupported",543],["unsupported",544],["unsupported",545],["unsupported",546],["unsupported",547],["unsupported",548],["unsupported",546],["unsupported",548],["limited",549],["unsupported",546],["unsupported",548],["limited",549],["unsupported",550],["ok",551],["ok",552],["unsupported",550],["ok",551],["ok",552],["ok",553],["unsupported",550],["ok",551],["ok",552],["ok",553],["unsupported",550],["ok",551],["ok",552],["ok",553],["unsupported",550],["ok",551],["limited",554],["ok",553],["unsupported",550],["ok",553],["ok",555],["unsupported",550],["limited",554],["ok",553],["ok",555],["unsupported",550],["limited",554],["ok",553],["ok",555],["unsupported",550],["ok",553],["ok",555]],"12.1":[["unsupported",556],["unsupported",557],["unsupported",558],["unsupported",556],["unsupported",557],["unsupported",558],["unsupported",559],["unsupported",560],["unsupported",561],["unsupported",562],["unsupported",563],["unsupported",564],["unsupported",563],["unsupported",564],["unsupported",563],["unsupported",564],["unsupported",563],["unsupported",564],["unsupported",563],["unsupported",564],["unsupported",565],["unsupported",563],["unsupported",564],["unsupported",565],["unsupported",563],["unsupported",564],["unsupported",565],["unsupported",563],["unsupported",565],["unsupported",563],["unsupported",565],["unsupported",566],["unsupported",563],["unsupported",565],["unsupported",566],["unsupported",566],["unsupported",567],["unsupported",566],["unsupported",567],["unsupported",567],["unsupported",568],["unsupported",567],["unsupported",568],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",568],["unsupported",569],["unsupported",570],["unsupported",568],["unsupported",569],["unsupported",570],["unsupported",568],["unsupported",569],["unsupported",570],["unsupported",568],["unsupported",569],["unsupported",570],["unsupported",571],["unsupported",572],["unsupported",573],["unsupported",571],["unsupported",573],["unsupported",574],["unsupported",571],["unsupported",573],["unsupported",574],["unsupported",575],["ok",576],["ok",577],["unsupported",575],["ok",576],["ok",577],["ok",578],["unsupported",575],["ok",576],["ok",577],["ok",578],["unsupported",575],["ok",576],["ok",577],["ok",578],["unsupported",575],["ok",576],["limited",579],["ok",578],["unsupported",575],["ok",578],["ok",580],["unsupported",575],["limited",579],["ok",578],["ok",580],["unsupported",575],["limited",579],["ok",578],["ok",580],["unsupported",575],["ok",578],["ok",580]]},"strings":["有 Python {python} 的 wheel（支持 3.6–3.8）。","没有 Python {python} 的 wheel：PyTorch 1.7.0 只支持 Python 3.6–3.8。","PyTorch 1.7.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","有 Python {python} 的 wheel（支持 3.6–3.9）。","没有 Python {python} 的 wheel：PyTorch 1.7.1 只支持 Python 3.6–3.9。","PyTorch 1.7.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.8.0 只支持 Python 3.6–3.9。","PyTorch 1.8.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.8.1 只支持 Python 3.6–3.9。","PyTorch 1.8.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.8.2 只支持 Python 3.6–3.8。","PyTorch 1.8.2 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.9.0 只支持 Python 3.6–3.9。","PyTorch 1.9.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.9.1 只支持 Python 3.6–3.9。","PyTorch 1.9.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.10.0 只支持 Python 3.6–3.9。","PyTorch 1.10.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.10.1 只支持 Python 3.6–3.9。","PyTorch 1.10.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.10.2 只支持 Python 3.6–3.9。","PyTorch 1.10.2 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","有 Python {python} 的 wheel（支持 3.7–3.10）。","没有 Python {python} 的 wheel：PyTorch 1.11.0 只支持 Python 3.7–3.10。","PyTorch 1.11.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.12.0 只支持 Python 3.7–3.10。","PyTorch 1.12.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.12.1 只支持 Python 3.7–3.10。","PyTorch 1.12.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.13.0 只支持 Python 3.7–3.10。","PyTorch 1.13.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 1.13.1 只支持 Python 3.7–3.10。","PyTorch 1.13.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","有 Python {python} 的 wheel（支持 3.8–3.11）。","没有 Python {python} 的 wheel：PyTorch 2.0.0 只支持 Python 3.8–3.11。","PyTorch 2.0.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.0.1 只支持 Python 3.8–3.11。","PyTorch 2.0.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.1.0 只支持 Python 3.8–3.11。","PyTorch 2.1.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.1.1 只支持 Python 3.8–3.11。","PyTorch 2.1.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.1.2 只支持 Python 3.8–3.11。","PyTorch 2.1.2 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.2.0 只支持 Python 3.8–3.11。","PyTorch 2.2.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.2.1 只支持 Python 3.8–3.11。","PyTorch 2.2.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.2.2 只支持 Python 3.8–3.11。","PyTorch 2.2.2 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.3.0 只支持 Python 3.8–3.11。","PyTorch 2.3.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.3.1 只支持 Python 3.8–3.11。","PyTorch 2.3.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","有 Python {python} 的 wheel（支持 3.8–3.12）。","没有 Python {python} 的 wheel：PyTorch 2.4.0 只支持 Python 3.8–3.12。","PyTorch 2.4.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.4.1 只支持 Python 3.8–3.12。","PyTorch 2.4.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","有 Python {python} 的 wheel（支持 3.9–3.12）。","没有 Python {python} 的 wheel：PyTorch 2.5.0 只支持 Python 3.9–3.12。","PyTorch 2.5.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.5.1 只支持 Python 3.9–3.12。","PyTorch 2.5.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","有 Python {python} 的 wheel（支持 3.9–3.13）。","没有 Python {python} 的 wheel：PyTorch 2.6.0 只支持 Python 3.9–3.13。","PyTorch 2.6.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.7.0 只支持 Python 3.9–3.13。","PyTorch 2.7.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.7.1 只支持 Python 3.9–3.13。","PyTorch 2.7.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.8.0 只支持 Python 3.9–3.13。","PyTorch 2.8.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","有 Python {python} 的 wheel（支持 3.10–3.14）。","没有 Python {python} 的 wheel：PyTorch 2.9.0 只支持 Python 3.10–3.14。","PyTorch 2.9.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.9.1 只支持 Python 3.10–3.14。","PyTorch 2.9.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.10.0 只支持 Python 3.10–3.14。","PyTorch 2.10.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.11.0 只支持 Python 3.10–3.14。","PyTorch 2.11.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.12.0 只支持 Python 3.10–3.14。","PyTorch 2.12.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.12.1 只支持 Python 3.10–3.14。","PyTorch 2.12.1 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.13.0 只支持 Python 3.10–3.14。","PyTorch 2.13.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","没有 Python {python} 的 wheel：PyTorch 2.14.0 只支持 Python 3.10–3.14。","PyTorch 2.14.0 的这个版本没有官方 conda 包（pytorch 频道在 2.5 之后停止发布），请用 pip。","驱动 {driver} 满足要求：CUDA 10.1 要求Linux 驱动 ≥ 418.39。","驱动 {driver} 低于 418.39，但不低于 CUDA 10.x 次版本兼容的下限 ?：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 10.1 要求Linux 驱动 ≥ 418.39。","驱动 {driver} 满足要求：CUDA 10.1 要求Windows 驱动 ≥ 418.96。","驱动 {driver} 低于 418.96，但不低于 CUDA 10.x 次版本兼容的下限 ?：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 10.1 要求Windows 驱动 ≥ 418.96。","驱动 {driver} 满足要求：CUDA 10.1 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 418.96。","驱动 {driver} 太旧：CUDA 10.1 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 418.96。","驱动 {driver} 满足要求：CUDA 10.2 要求Linux 驱动 ≥ 440.33。","驱动 {driver} 低于 440.33，但不低于 CUDA 10.x 次版本兼容的下限 ?：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 10.2 要求Linux 驱动 ≥ 440.33。","驱动 {driver} 满足要求：CUDA 10.2 要求Windows 驱动 ≥ 441.22。","驱动 {driver} 低于 441.22，但不低于 CUDA 10.x 次版本兼容的下限 ?：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 10.2 要求Windows 驱动 ≥ 441.22。","驱动 {driver} 满足要求：CUDA 10.2 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 441.22。","驱动 {driver} 太旧：CUDA 10.2 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 441.22。","驱动 {driver} 满足要求：CUDA 11.0 要求Linux 驱动 ≥ 450.51.05。","驱动 {driver} 低于 450.51.05，但不低于 CUDA 11.x 次版本兼容的下限 450.80.02：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.0 要求Linux 驱动 ≥ 450.51.05，次版本兼容也至少要 450.80.02。","驱动 {driver} 满足要求：CUDA 11.0 要求Windows 驱动 ≥ 451.48。","驱动 {driver} 低于 451.48，但不低于 CUDA 11.x 次版本兼容的下限 452.39：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.0 要求Windows 驱动 ≥ 451.48，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.0 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 451.48。","驱动 {driver} 太旧：CUDA 11.0 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 451.48，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.1 要求Linux 驱动 ≥ 455.23。","驱动 {driver} 低于 455.23，但不低于 CUDA 11.x 次版本兼容的下限 450.80.02：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.1 要求Linux 驱动 ≥ 455.23，次版本兼容也至少要 450.80.02。","驱动 {driver} 满足要求：CUDA 11.1 要求Windows 驱动 ≥ 456.38。","驱动 {driver} 低于 456.38，但不低于 CUDA 11.x 次版本兼容的下限 452.39：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.1 要求Windows 驱动 ≥ 456.38，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.1 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 456.38。","驱动 {driver} 太旧：CUDA 11.1 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 456.38，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.3 要求Linux 驱动 ≥ 465.19.01。","驱动 {driver} 低于 465.19.01，但不低于 CUDA 11.x 次版本兼容的下限 450.80.02：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.3 要求Linux 驱动 ≥ 465.19.01，次版本兼容也至少要 450.80.02。","驱动 {driver} 满足要求：CUDA 11.3 要求Windows 驱动 ≥ 465.89。","驱动 {driver} 低于 465.89，但不低于 CUDA 11.x 次版本兼容的下限 452.39：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.3 要求Windows 驱动 ≥ 465.89，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.3 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 465.89。","驱动 {driver} 太旧：CUDA 11.3 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 465.89，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.6 要求Linux 驱动 ≥ 510.39.01。","驱动 {driver} 低于 510.39.01，但不低于 CUDA 11.x 次版本兼容的下限 450.80.02：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.6 要求Linux 驱动 ≥ 510.39.01，次版本兼容也至少要 450.80.02。","驱动 {driver} 满足要求：CUDA 11.6 要求Windows 驱动 ≥ 511.23。","驱动 {driver} 低于 511.23，但不低于 CUDA 11.x 次版本兼容的下限 452.39：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.6 要求Windows 驱动 ≥ 511.23，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.6 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 511.23。","驱动 {driver} 太旧：CUDA 11.6 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 511.23，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.7 要求Linux 驱动 ≥ 515.43.04。","驱动 {driver} 低于 515.43.04，但不低于 CUDA 11.x 次版本兼容的下限 450.80.02：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.7 要求Linux 驱动 ≥ 515.43.04，次版本兼容也至少要 450.80.02。","驱动 {driver} 满足要求：CUDA 11.7 要求Windows 驱动 ≥ 516.01。","驱动 {driver} 低于 516.01，但不低于 CUDA 11.x 次版本兼容的下限 452.39：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.7 要求Windows 驱动 ≥ 516.01，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.7 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 516.01。","驱动 {driver} 太旧：CUDA 11.7 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 516.01，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.8 要求Linux 驱动 ≥ 520.61.05。","驱动 {driver} 低于 520.61.05，但不低于 CUDA 11.x 次版本兼容的下限 450.80.02：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.8 要求Linux 驱动 ≥ 520.61.05，次版本兼容也至少要 450.80.02。","驱动 {driver} 满足要求：CUDA 11.8 要求Windows 驱动 ≥ 520.06。","驱动 {driver} 低于 520.06，但不低于 CUDA 11.x 次版本兼容的下限 452.39：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 11.8 要求Windows 驱动 ≥ 520.06，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 11.8 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 520.06。","驱动 {driver} 太旧：CUDA 11.8 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 520.06，次版本兼容也至少要 452.39。","驱动 {driver} 满足要求：CUDA 12.1 要求Linux 驱动 ≥ 530.30.02。","驱动 {driver} 低于 530.30.02，但不低于 CUDA 12.x 次版本兼容的下限 525.60.13：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.1 要求Linux 驱动 ≥ 530.30.02，次版本兼容也至少要 525.60.13。","驱动 {driver} 满足要求：CUDA 12.1 要求Windows 驱动 ≥ 531.14。","驱动 {driver} 低于 531.14，但不低于 CUDA 12.x 次版本兼容的下限 527.41：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.1 要求Windows 驱动 ≥ 531.14，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.1 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 531.14。","驱动 {driver} 太旧：CUDA 12.1 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 531.14，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.4 要求Linux 驱动 ≥ 550.54.14。","驱动 {driver} 低于 550.54.14，但不低于 CUDA 12.x 次版本兼容的下限 525.60.13：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.4 要求Linux 驱动 ≥ 550.54.14，次版本兼容也至少要 525.60.13。","驱动 {driver} 满足要求：CUDA 12.4 要求Windows 驱动 ≥ 551.61。","驱动 {driver} 低于 551.61，但不低于 CUDA 12.x 次版本兼容的下限 527.41：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.4 要求Windows 驱动 ≥ 551.61，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.4 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 551.61。","驱动 {driver} 太旧：CUDA 12.4 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 551.61，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.6 要求Linux 驱动 ≥ 560.28.03。","驱动 {driver} 低于 560.28.03，但不低于 CUDA 12.x 次版本兼容的下限 525.60.13：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.6 要求Linux 驱动 ≥ 560.28.03，次版本兼容也至少要 525.60.13。","驱动 {driver} 满足要求：CUDA 12.6 要求Windows 驱动 ≥ 560.76。","驱动 {driver} 低于 560.76，但不低于 CUDA 12.x 次版本兼容的下限 527.41：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.6 要求Windows 驱动 ≥ 560.76，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.6 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 560.76。","驱动 {driver} 太旧：CUDA 12.6 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 560.76，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.8 要求Linux 驱动 ≥ 570.26。","驱动 {driver} 低于 570.26，但不低于 CUDA 12.x 次版本兼容的下限 525.60.13：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.8 要求Linux 驱动 ≥ 570.26，次版本兼容也至少要 525.60.13。","驱动 {driver} 满足要求：CUDA 12.8 要求Windows 驱动 ≥ 570.65。","驱动 {driver} 低于 570.65，但不低于 CUDA 12.x 次版本兼容的下限 527.41：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.8 要求Windows 驱动 ≥ 570.65，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.8 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 570.65。","驱动 {driver} 太旧：CUDA 12.8 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 570.65，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.9 要求Linux 驱动 ≥ 575.51.03。","驱动 {driver} 低于 575.51.03，但不低于 CUDA 12.x 次版本兼容的下限 525.60.13：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.9 要求Linux 驱动 ≥ 575.51.03，次版本兼容也至少要 525.60.13。","驱动 {driver} 满足要求：CUDA 12.9 要求Windows 驱动 ≥ 576.02。","驱动 {driver} 低于 576.02，但不低于 CUDA 12.x 次版本兼容的下限 527.41：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 12.9 要求Windows 驱动 ≥ 576.02，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 12.9 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 576.02。","驱动 {driver} 太旧：CUDA 12.9 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 576.02，次版本兼容也至少要 527.41。","驱动 {driver} 满足要求：CUDA 13.0 要求Linux 驱动 ≥ 580.65.06。","驱动 {driver} 低于 580.65.06，但不低于 CUDA 13.x 次版本兼容的下限 580：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 13.0 要求Linux 驱动 ≥ 580.65.06，次版本兼容也至少要 580。","驱动 {driver} 满足要求：CUDA 13.0 要求Windows 驱动 ≥ 580。","驱动 {driver} 低于 580，但不低于 CUDA 13.x 次版本兼容的下限 580：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 13.0 要求Windows 驱动 ≥ 580，次版本兼容也至少要 580。","驱动 {driver} 满足要求：CUDA 13.0 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 580。","驱动 {driver} 太旧：CUDA 13.0 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 580，次版本兼容也至少要 580。","驱动 {driver} 满足要求：CUDA 13.2 要求Linux 驱动 ≥ 595.45.04。","驱动 {driver} 低于 595.45.04，但不低于 CUDA 13.x 次版本兼容的下限 580：可以运行，个别依赖新驱动的功能（如较新 PTX 的 JIT）可能报错，建议升级驱动。","驱动 {driver} 太旧：CUDA 13.2 要求Linux 驱动 ≥ 595.45.04，次版本兼容也至少要 580。","驱动 {driver} 满足要求：CUDA 13.2 要求Windows 驱动 ≥ 580。","驱动 {driver} 太旧：CUDA 13.2 要求Windows 驱动 ≥ 580，次版本兼容也至少要 580。","驱动 {driver} 满足要求：CUDA 13.2 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 580。","驱动 {driver} 太旧：CUDA 13.2 要求Windows 驱动（WSL2 用 Windows 上安装的驱动） ≥ 580，次版本兼容也至少要 580。","cu101 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu102 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu110 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu101 wheel 编译了哪些架构；CUDA 10.1 本身支持 sm_53。","没有查到 cu102 wheel 编译了哪些架构；CUDA 10.2 本身支持 sm_53。","没有查到 cu111 wheel 编译了哪些架构；CUDA 11.1 本身支持 sm_53。","cu111 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu113 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu116 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu117 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu118 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu121 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu124 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_53。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_53。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_53。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_53。","cu126 wheel 没有 sm_53，但有 sm_50：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu128 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_53 上运行的代码（会报 \"no kernel image is available\"）。","cu129 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_53 上运行的代码（会报 \"no kernel image is available\"）。","cu130 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_53 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_53 上运行的代码（会报 \"no kernel image is available\"）。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_53。","cu132 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_53 上运行的代码（会报 \"no kernel image is available\"）。","cu101 wheel 编译了 sm_60 的机器码。","cu102 wheel 编译了 sm_60 的机器码。","cu110 wheel 编译了 sm_60 的机器码。","没有查到 cu101 wheel 编译了哪些架构；CUDA 10.1 本身支持 sm_60。","没有查到 cu102 wheel 编译了哪些架构；CUDA 10.2 本身支持 sm_60。","没有查到 cu111 wheel 编译了哪些架构；CUDA 11.1 本身支持 sm_60。","cu111 wheel 编译了 sm_60 的机器码。","cu113 wheel 编译了 sm_60 的机器码。","cu116 wheel 编译了 sm_60 的机器码。","cu117 wheel 编译了 sm_60 的机器码。","cu118 wheel 编译了 sm_60 的机器码。","cu121 wheel 编译了 sm_60 的机器码。","cu124 wheel 编译了 sm_60 的机器码。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_60。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_60。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_60。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_60。","cu126 wheel 编译了 sm_60 的机器码。","cu128 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_60 上运行的代码（会报 \"no kernel image is available\"）。","cu129 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_60 上运行的代码（会报 \"no kernel image is available\"）。","cu130 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_60 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_60 上运行的代码（会报 \"no kernel image is available\"）。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_60。","cu132 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_60 上运行的代码（会报 \"no kernel image is available\"）。","cu101 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu102 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu110 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu101 wheel 编译了哪些架构；CUDA 10.1 本身支持 sm_61。","没有查到 cu102 wheel 编译了哪些架构；CUDA 10.2 本身支持 sm_61。","没有查到 cu111 wheel 编译了哪些架构；CUDA 11.1 本身支持 sm_61。","cu111 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu113 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu116 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu117 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu118 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu121 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu124 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_61。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_61。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_61。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_61。","cu126 wheel 没有 sm_61，但有 sm_60：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu128 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_61 上运行的代码（会报 \"no kernel image is available\"）。","cu129 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_61 上运行的代码（会报 \"no kernel image is available\"）。","cu130 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_61 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_61 上运行的代码（会报 \"no kernel image is available\"）。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_61。","cu132 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_61 上运行的代码（会报 \"no kernel image is available\"）。","cu101 wheel 编译了 sm_70 的机器码。","cu102 wheel 编译了 sm_70 的机器码。","cu110 wheel 编译了 sm_70 的机器码。","没有查到 cu101 wheel 编译了哪些架构；CUDA 10.1 本身支持 sm_70。","没有查到 cu102 wheel 编译了哪些架构；CUDA 10.2 本身支持 sm_70。","没有查到 cu111 wheel 编译了哪些架构；CUDA 11.1 本身支持 sm_70。","cu111 wheel 编译了 sm_70 的机器码。","cu113 wheel 编译了 sm_70 的机器码。","cu116 wheel 编译了 sm_70 的机器码。","cu117 wheel 编译了 sm_70 的机器码。","cu118 wheel 编译了 sm_70 的机器码。","cu121 wheel 编译了 sm_70 的机器码。","cu124 wheel 编译了 sm_70 的机器码。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_70。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_70。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_70。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_70。","cu126 wheel 编译了 sm_70 的机器码。","cu128 wheel 编译了 sm_70 的机器码。","cu129 wheel 编译了 sm_70 的机器码。","cu130 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_70 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_70 上运行的代码（会报 \"no kernel image is available\"）。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_70。","cu132 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_70 上运行的代码（会报 \"no kernel image is available\"）。","cu101 wheel 编译了 sm_75 的机器码。","cu102 wheel 编译了 sm_75 的机器码。","cu110 wheel 编译了 sm_75 的机器码。","没有查到 cu101 wheel 编译了哪些架构；CUDA 10.1 本身支持 sm_75。","没有查到 cu102 wheel 编译了哪些架构；CUDA 10.2 本身支持 sm_75。","没有查到 cu111 wheel 编译了哪些架构；CUDA 11.1 本身支持 sm_75。","cu101 wheel 没有 sm_75，但有 sm_70：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu102 wheel 没有 sm_75，但有 sm_70：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu111 wheel 编译了 sm_75 的机器码。","cu113 wheel 编译了 sm_75 的机器码。","cu116 wheel 编译了 sm_75 的机器码。","cu117 wheel 编译了 sm_75 的机器码。","cu118 wheel 编译了 sm_75 的机器码。","cu121 wheel 编译了 sm_75 的机器码。","cu124 wheel 编译了 sm_75 的机器码。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_75。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_75。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_75。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_75。","cu126 wheel 编译了 sm_75 的机器码。","cu128 wheel 编译了 sm_75 的机器码。","cu129 wheel 编译了 sm_75 的机器码。","cu130 wheel 编译了 sm_75 的机器码。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_75。","cu132 wheel 编译了 sm_75 的机器码。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_80 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_80 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 编译了 sm_80 的机器码。","CUDA 10.1 还不支持 sm_80（从 CUDA 11.0 起支持）。","CUDA 10.2 还不支持 sm_80（从 CUDA 11.0 起支持）。","没有查到 cu111 wheel 编译了哪些架构；CUDA 11.1 本身支持 sm_80。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_80 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_80 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 编译了 sm_80 的机器码。","cu113 wheel 编译了 sm_80 的机器码。","cu116 wheel 编译了 sm_80 的机器码。","cu117 wheel 编译了 sm_80 的机器码。","cu118 wheel 编译了 sm_80 的机器码。","cu121 wheel 编译了 sm_80 的机器码。","cu124 wheel 编译了 sm_80 的机器码。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_80。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_80。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_80。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_80。","cu126 wheel 编译了 sm_80 的机器码。","cu128 wheel 编译了 sm_80 的机器码。","cu129 wheel 编译了 sm_80 的机器码。","cu130 wheel 编译了 sm_80 的机器码。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_80。","cu132 wheel 编译了 sm_80 的机器码。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_86 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_86 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 没有 sm_86，但有 sm_80：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","CUDA 10.1 还不支持 sm_86（从 CUDA 11.1 起支持）。","CUDA 10.2 还不支持 sm_86（从 CUDA 11.1 起支持）。","没有查到 cu111 wheel 编译了哪些架构；CUDA 11.1 本身支持 sm_86。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_86 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_86 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 编译了 sm_86 的机器码。","cu113 wheel 编译了 sm_86 的机器码。","cu116 wheel 编译了 sm_86 的机器码。","cu117 wheel 编译了 sm_86 的机器码。","cu118 wheel 编译了 sm_86 的机器码。","cu121 wheel 编译了 sm_86 的机器码。","cu124 wheel 编译了 sm_86 的机器码。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_86。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_86。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_86。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_86。","cu126 wheel 编译了 sm_86 的机器码。","cu128 wheel 编译了 sm_86 的机器码。","cu129 wheel 编译了 sm_86 的机器码。","cu130 wheel 编译了 sm_86 的机器码。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_86。","cu132 wheel 编译了 sm_86 的机器码。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_87 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_87 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 没有 sm_87，但有 sm_80：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","CUDA 10.1 还不支持 sm_87（从 CUDA 11.4 起支持）。","CUDA 10.2 还不支持 sm_87（从 CUDA 11.4 起支持）。","CUDA 11.1 还不支持 sm_87（从 CUDA 11.4 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_87 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_87 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu113 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu116 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu117 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu118 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu121 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu124 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_87。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_87。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_87。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_87。","cu126 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu128 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu129 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu130 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_87。","cu132 wheel 没有 sm_87，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_89 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_89 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 没有 sm_89，但有 sm_80：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","CUDA 10.1 还不支持 sm_89（从 CUDA 11.8 起支持）。","CUDA 10.2 还不支持 sm_89（从 CUDA 11.8 起支持）。","CUDA 11.1 还不支持 sm_89（从 CUDA 11.8 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_89 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_89 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu113 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu116 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu117 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu118 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu121 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu124 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_89。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_89。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_89。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_89。","cu126 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu128 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu129 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu130 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_89。","cu132 wheel 没有 sm_89，但有 sm_86：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 10.1 还不支持 sm_90（从 CUDA 11.8 起支持）。","CUDA 10.2 还不支持 sm_90（从 CUDA 11.8 起支持）。","CUDA 11.1 还不支持 sm_90（从 CUDA 11.8 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu113 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu116 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu117 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_90 上运行的代码（会报 \"no kernel image is available\"）。","cu118 wheel 编译了 sm_90 的机器码。","cu121 wheel 编译了 sm_90 的机器码。","cu124 wheel 编译了 sm_90 的机器码。","没有查到 cu118 wheel 编译了哪些架构；CUDA 11.8 本身支持 sm_90。","没有查到 cu124 wheel 编译了哪些架构；CUDA 12.4 本身支持 sm_90。","没有查到 cu126 wheel 编译了哪些架构；CUDA 12.6 本身支持 sm_90。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_90。","cu126 wheel 编译了 sm_90 的机器码。","cu128 wheel 编译了 sm_90 的机器码。","cu129 wheel 编译了 sm_90 的机器码。","cu130 wheel 编译了 sm_90 的机器码。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_90。","cu132 wheel 编译了 sm_90 的机器码。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 10.1 还不支持 sm_100（从 CUDA 12.8 起支持）。","CUDA 10.2 还不支持 sm_100（从 CUDA 12.8 起支持）。","CUDA 11.1 还不支持 sm_100（从 CUDA 12.8 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu113 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu116 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu117 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu118 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu121 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu124 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 11.8 还不支持 sm_100（从 CUDA 12.8 起支持）。","CUDA 12.4 还不支持 sm_100（从 CUDA 12.8 起支持）。","CUDA 12.6 还不支持 sm_100（从 CUDA 12.8 起支持）。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_100。","cu126 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_100 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 编译了 sm_100 的机器码。","cu129 wheel 编译了 sm_100 的机器码。","cu130 wheel 编译了 sm_100 的机器码。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_100。","cu132 wheel 编译了 sm_100 的机器码。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 10.1 还不支持 sm_103（从 CUDA 12.9 起支持）。","CUDA 10.2 还不支持 sm_103（从 CUDA 12.9 起支持）。","CUDA 11.1 还不支持 sm_103（从 CUDA 12.9 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu113 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu116 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu117 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu118 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu121 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu124 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 11.8 还不支持 sm_103（从 CUDA 12.9 起支持）。","CUDA 12.4 还不支持 sm_103（从 CUDA 12.9 起支持）。","CUDA 12.6 还不支持 sm_103（从 CUDA 12.9 起支持）。","CUDA 12.8 还不支持 sm_103（从 CUDA 12.9 起支持）。","cu126 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_103 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 没有 sm_103，但有 sm_100：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu129 wheel 没有 sm_103，但有 sm_100：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu130 wheel 没有 sm_103，但有 sm_100：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_103。","cu132 wheel 没有 sm_103，但有 sm_100：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 10.1 还不支持 sm_110（从 CUDA 13.0 起支持）。","CUDA 10.2 还不支持 sm_110（从 CUDA 13.0 起支持）。","CUDA 11.1 还不支持 sm_110（从 CUDA 13.0 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu113 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu116 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu117 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu118 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu121 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu124 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 11.8 还不支持 sm_110（从 CUDA 13.0 起支持）。","CUDA 12.4 还不支持 sm_110（从 CUDA 13.0 起支持）。","CUDA 12.6 还不支持 sm_110（从 CUDA 13.0 起支持）。","CUDA 12.8 还不支持 sm_110（从 CUDA 13.0 起支持）。","cu126 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu129 wheel 只编译了 sm_70 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu130 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 12.9 还不支持 sm_110（从 CUDA 13.0 起支持）。","cu132 wheel 只编译了 sm_75 sm_80 sm_86 sm_90 sm_100 sm_120，没有能在 sm_110 上运行的代码（会报 \"no kernel image is available\"）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 10.1 还不支持 sm_120（从 CUDA 12.8 起支持）。","CUDA 10.2 还不支持 sm_120（从 CUDA 12.8 起支持）。","CUDA 11.1 还不支持 sm_120（从 CUDA 12.8 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu113 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu116 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu117 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu118 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu121 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu124 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 11.8 还不支持 sm_120（从 CUDA 12.8 起支持）。","CUDA 12.4 还不支持 sm_120（从 CUDA 12.8 起支持）。","CUDA 12.6 还不支持 sm_120（从 CUDA 12.8 起支持）。","没有查到 cu128 wheel 编译了哪些架构；CUDA 12.8 本身支持 sm_120。","cu126 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_120 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 编译了 sm_120 的机器码。","cu129 wheel 编译了 sm_120 的机器码。","cu130 wheel 编译了 sm_120 的机器码。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_120。","cu132 wheel 编译了 sm_120 的机器码。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu110 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 10.1 还不支持 sm_121（从 CUDA 12.9 起支持）。","CUDA 10.2 还不支持 sm_121（从 CUDA 12.9 起支持）。","CUDA 11.1 还不支持 sm_121（从 CUDA 12.9 起支持）。","cu101 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu102 wheel 只编译了 sm_37 sm_50 sm_60 sm_70，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu111 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu113 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu116 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu117 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu118 wheel 只编译了 sm_37 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu121 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu124 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","CUDA 11.8 还不支持 sm_121（从 CUDA 12.9 起支持）。","CUDA 12.4 还不支持 sm_121（从 CUDA 12.9 起支持）。","CUDA 12.6 还不支持 sm_121（从 CUDA 12.9 起支持）。","CUDA 12.8 还不支持 sm_121（从 CUDA 12.9 起支持）。","cu126 wheel 只编译了 sm_50 sm_60 sm_70 sm_75 sm_80 sm_86 sm_90，没有能在 sm_121 上运行的代码（会报 \"no kernel image is available\"）。","cu128 wheel 没有 sm_121，但有 sm_120：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu129 wheel 没有 sm_121，但有 sm_120：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","cu130 wheel 没有 sm_121，但有 sm_120：同一主版本、次版本不高于 GPU 的机器码可以直接运行。","没有查到 cu129 wheel 编译了哪些架构；CUDA 12.9 本身支持 sm_121。","cu132 wheel 没有 sm_121，但有 sm_120：同一主版本、次版本不高于 GPU 的机器码可以直接运行。"]}  # gpukb:data (written by gpukb build)

A = re.ASCII
AI = re.ASCII | re.IGNORECASE
AIM = re.ASCII | re.IGNORECASE | re.MULTILINE

# ---------- constants ----------

SOURCES = ["nvidia-smi", "nvidia-smi-csv", "nvcc", "collect_env", "torch-print"]
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
NEEDS = {"linux": "要求 Linux 驱动 ≥ ", "windows": "要求 Windows 驱动 ≥ ", "wsl": "要求 Windows 上的驱动（WSL2 用的就是它）≥ ", "unknown": "要求驱动 ≥ "}
UNKNOWN_OS_NOTE = "（文本里看不出是什么系统，按 Linux 的要求判断。）"
RULE_COLUMN = {"linux": "linux", "windows": "windows", "wsl": "wsl2", "unknown": "linux"}
LINKS = {
    "not-recognized": "troubleshooting/common-errors/index.html#先收集信息",
    "no-driver": "troubleshooting/common-errors/index.html#nvidia-smi-has-failed-because-it-couldnt-communicate-with-the-nvidia-driver",
    "no-driver-wsl": "platforms/wsl2/index.html#wsl-里看不到-gpu",
    "driver-library-mismatch": "troubleshooting/common-errors/index.html#failed-to-initialize-nvml-driverlibrary-version-mismatch",
    "gpu-error": "driver/linux/index.html#常见错误速查",
    "driver-too-old-for-torch": "python/pytorch/index.html#驱动决定能用哪个构建",
    "cpu-only-torch": "python/pytorch/index.html#小心装成-cpu-版",
    "arch-not-in-build": "troubleshooting/common-errors/index.html#sm_89-is-not-compatible-with-the-current-pytorch-installation",
    "toolkit-too-new-for-driver": "cuda/toolkit/index.html#驱动决定上限",
    "cuda-unavailable": "troubleshooting/common-errors/index.html#torchcudais_available-返回-false",
    "wsl": "platforms/wsl2/index.html#第一步只在-windows-上安装驱动",
    "cuda-numbers": "basics/stack/index.html#三个cuda-版本各是什么",
}
EXPRESSIONS = [
    ("torch_version", "torch.__version__"),
    ("torch_cuda", "torch.version.cuda"),
    ("cuda_available", "torch.cuda.is_available()"),
]

# ---------- resolve.js, ported (compareVersions, normalizeName, findGPU, driverAnswer) ----------


def parts(text):
    if text is None:
        return None
    core = str(text).strip().split("+")[0]
    if not re.match(r"^\d+(\.\d+){0,3}$", core, A):
        return None
    return [int(p) for p in core.split(".")]


def compare_versions(a, b):
    x, y = parts(a) or [0], parts(b) or [0]
    for i in range(max(len(x), len(y))):
        p = x[i] if i < len(x) else 0
        q = y[i] if i < len(y) else 0
        if p != q:
            return -1 if p < q else 1
    return 0


def normalize_name(name):
    words = [w for w in re.split(r"[ \t\u00a0]+", str(name or "").lower()) if w]
    if len(words) > 1 and words[0] == "nvidia":
        words.pop(0)
    return " ".join(words)


def find_gpu(data, text):
    key = normalize_name(text)
    if key in data["gpuKeys"]:
        return data["gpus"][data["gpuKeys"][key]]
    for prefix in ("geforce ", "tesla ", "quadro ", "nvidia "):
        if key.startswith(prefix):
            rest = key[len(prefix):]
            if rest in data["gpuKeys"]:
                return data["gpus"][data["gpuKeys"][rest]]
    return None


def driver_answer(data, driver, os_name):
    col = "linux" if os_name == "linux" else "windows"
    newest = None
    for t in data["toolkits"]:
        if t.get(col) and compare_versions(driver, t[col]) >= 0:
            newest = t
    return {"newest": newest}


# ---------- text ----------


def normalize_text(text):
    """One form for every paste: \\n line ends, plain spaces, ASCII colons and quotes, no control characters."""
    t = text if isinstance(text, str) else ("" if text is None else str(text))
    t = t.replace("\r\n", "\n")
    t = re.sub("[\r\u2028\u2029\x85\x0b\x0c]", "\n", t)
    t = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", t)
    t = re.sub("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", " ", t)
    t = re.sub("[\x00-\x08\x0e-\x1f\x7f]", " ", t)
    t = t.replace("\uff1a", ":")
    t = re.sub("[\u2018\u2019\u2032]", "'", t)
    t = re.sub("[\u201c\u201d]", '"', t)
    return t


def trim_spaces(s):
    return s.strip(" ")


def split_lines(text):
    """Lines without quote/comment prefixes ("> ", "# ") and without surrounding spaces."""
    out = []
    for line in normalize_text(text).split("\n"):
        for _ in range(3):
            m = re.match(r"^ *(?:#|>(?!>)) ?", line, A)
            if not m or m.group(0) == "":
                break
            line = line[len(m.group(0)):]
        out.append(trim_spaces(line))
    return out


def xy(version):
    m = re.match(r"^([0-9]+)\.([0-9]+)", version or "", A)
    return m.group(1) + "." + m.group(2) if m else None


def major(version):
    return int(re.match(r"^[0-9]+", version, A).group(0))


def cuda_tag(cuda):
    return "cu" + cuda.replace(".", "", 1)


# ---------- parse ----------


def empty_facts():
    return {
        "sources": [], "driver_version": None, "cuda_version": None, "gpus": [], "gpu_count": None, "os": "unknown",
        "torch_version": None, "torch_cuda": None, "cuda_available": None, "nvcc_version": None,
        "empty": True, "compute_caps": {}, "nvcc_missing": None, "cpu_reason": None, "cpu_raw": None, "mac": False,
        "no_driver": None, "no_driver_text": None, "mismatch": False, "gpu_error": None, "torch_driver_old": None,
        "init_failed": False, "collect_no_gpu": False, "arch_warning": None, "no_kernel_image": False,
    }


def add_source(facts, kind):
    if kind not in facts["sources"]:
        facts["sources"].append(kind)


def set_once(facts, key, value):
    if facts[key] is None and value is not None:
        facts[key] = value


BUS_ID = re.compile(r"[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]", A)


def parse_smi_table(lines, facts, found):
    """Header and GPU rows of the nvidia-smi table."""
    for line in lines:
        if re.search(r"NVIDIA-SMI +[0-9]", line, A) or (
                re.search(r"Driver Version *: *[0-9]", line, A) and re.search(r"CUDA Version *: *[0-9]", line, A)):
            add_source(facts, "nvidia-smi")
            d = re.search(r"Driver Version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)", line, A)
            c = re.search(r"CUDA Version *: *([0-9]{1,3}\.[0-9]{1,3})", line, A)
            if d:
                set_once(facts, "driver_version", d.group(1))
            if c:
                set_once(facts, "cuda_version", c.group(1))
        if line[:1] != "|" or not BUS_ID.search(line):
            continue
        row = re.match(r"^\| +[0-9]+ +(.+?) +(?:On|Off|WDDM|TCC|MCDM|N/A) *\| *"
                       r"[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f]", line, A)
        if row:
            add_source(facts, "nvidia-smi")
            found["table"].append(row.group(1))


def parse_smi_query(lines, facts, found):
    """nvidia-smi -q: "Driver Version : …", "CUDA Version : …", "Product Name : …"."""
    if not any(re.search(r"NVSMI LOG", l, A) or re.match(r"^Attached GPUs *: *[0-9]+$", l, A) for l in lines):
        return
    add_source(facts, "nvidia-smi")
    for line in lines:
        m = re.match(r"^Driver Version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)$", line, A)
        if m:
            set_once(facts, "driver_version", m.group(1))
        m = re.match(r"^CUDA Version *: *([0-9]{1,3}\.[0-9]{1,3})$", line, A)
        if m:
            set_once(facts, "cuda_version", m.group(1))
        m = re.match(r"^Product Name *: *(.+)$", line, A)
        if m:
            found["query"].append(m.group(1))


CSV_FIELD = re.compile(r"^[a-z_.]+(?: \[[^\]]*\])?$", A)


def parse_smi_csv(lines, facts, found):
    """nvidia-smi --query-gpu=… --format=csv, with its header; or name, driver[, compute_cap] rows without one."""
    saw_header = False
    i = 0
    while i < len(lines):
        fields = [trim_spaces(f) for f in lines[i].split(",")]
        if len(fields) < 2 or not all(CSV_FIELD.match(f) for f in fields):
            i += 1
            continue
        names = [re.sub(r" \[.*$", "", f, count=1, flags=A) for f in fields]
        name_at = names.index("name") if "name" in names else (names.index("gpu_name") if "gpu_name" in names else -1)
        driver_at = names.index("driver_version") if "driver_version" in names else -1
        cc_at = names.index("compute_cap") if "compute_cap" in names else -1
        if name_at < 0 and driver_at < 0:
            i += 1
            continue
        saw_header = True
        add_source(facts, "nvidia-smi-csv")
        j = i + 1
        while j < len(lines):
            cells = [trim_spaces(c) for c in lines[j].split(",")]
            if len(cells) != len(fields) or all(CSV_FIELD.match(c) for c in cells):
                break
            driver_ok = driver_at >= 0 and bool(re.match(r"^[0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?$", cells[driver_at], A))
            cc_ok = cc_at >= 0 and bool(re.match(r"^[0-9]{1,2}\.[0-9]{1,2}$", cells[cc_at], A))
            if (driver_at >= 0 and not driver_ok) or (cc_at >= 0 and not cc_ok and not re.match(r"^\[N/A\]$|^N/A$", cells[cc_at], A)):
                break
            name = cells[name_at] if name_at >= 0 else ""
            if driver_ok:
                set_once(facts, "driver_version", cells[driver_at])
            if name:
                found["csv"].append(name)
                if cc_ok and name not in facts["compute_caps"]:
                    facts["compute_caps"][name] = cells[cc_at]
            j += 1
        i = j
    if saw_header:
        return
    for line in lines:
        m = re.match(r"^((?:NVIDIA|Tesla|Quadro|GeForce|TITAN)[^,]*[^, ]) *, *([0-9]{3}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)"
                     r"(?: *, *([0-9]{1,2}\.[0-9]{1,2}))?$", line, A)
        if not m:
            continue
        add_source(facts, "nvidia-smi-csv")
        set_once(facts, "driver_version", m.group(2))
        found["csv"].append(m.group(1))
        if m.group(3) and m.group(1) not in facts["compute_caps"]:
            facts["compute_caps"][m.group(1)] = m.group(3)


def is_collect_env(lines):
    return any(re.match(r"^(?:CUDA used to build PyTorch|Is CUDA available|Is debug build) *:", l, AI) for l in lines)


def parse_gpu_list(lines, facts, found):
    """"GPU 0: name" lines, from nvidia-smi -L (with a UUID) or collect_env; one name per index."""
    seen = set()
    collect = is_collect_env(lines)
    for line in lines:
        rest = re.sub(r"^GPU models and configuration *: *", "", line, count=1, flags=AI)
        m = re.match(r"^GPU ([0-9]{1,2}) *: *(.+)$", rest, A)
        if not m:
            continue
        name = m.group(2)
        uuid = name.find("(UUID:")
        if uuid >= 0:
            name = name[:uuid]
            add_source(facts, "nvidia-smi")
        elif not collect:
            continue
        name = trim_spaces(name)
        if not name or re.match(r"^(?:Could not collect|No CUDA|N/A)$", name, AI) or m.group(1) in seen:
            continue
        seen.add(m.group(1))
        found["list"].append(name)


def parse_nvcc(lines, facts):
    """nvcc -V: "release 12.1, V12.1.66"; or a shell saying there is no nvcc."""
    for line in lines:
        m = re.search(r"Cuda compilation tools, release ([0-9]{1,3}\.[0-9]{1,3})"
                      r"(?:, V([0-9]{1,3}\.[0-9]{1,3}(?:\.[0-9]{1,6})?))?", line, A)
        if m:
            add_source(facts, "nvcc")
            set_once(facts, "nvcc_version", m.group(2) or m.group(1))
            continue
        if re.match(r"^nvcc: NVIDIA \(R\) Cuda compiler", line, A):
            add_source(facts, "nvcc")
        if re.search(r"(?:^|[ :])nvcc(?:\.exe)?: *(?:command )?not found|command not found: *nvcc\b|Command 'nvcc' not found|"
                     r"'nvcc(?:\.exe)?' is not recognized|'nvcc' 不是内部或外部命令", line, AI):
            add_source(facts, "nvcc")
            facts["nvcc_missing"] = True


def parse_collect_env(lines, facts):
    """python -m torch.utils.collect_env."""
    if not is_collect_env(lines):
        return
    add_source(facts, "collect_env")
    for line in lines:
        m = re.match(r"^PyTorch version *:? *([0-9][0-9A-Za-z.+_-]*)$", line, AI)
        if m:
            set_once(facts, "torch_version", m.group(1))
        m = re.match(r"^CUDA used to build PyTorch *: *(.+)$", line, AI)
        if m:
            if re.match(r"^[0-9]{1,3}\.[0-9]{1,3}$", m.group(1), A):
                set_once(facts, "torch_cuda", m.group(1))
            elif re.match(r"^(?:None|Could not collect)$", m.group(1), AI) and facts["cpu_reason"] is None:
                facts["cpu_reason"] = "collect"
                facts["cpu_raw"] = m.group(1)
        m = re.match(r"^Is CUDA available *: *(True|False|Yes|No)$", line, AI)
        if m:
            set_once(facts, "cuda_available", bool(re.match(r"^(?:True|Yes)$", m.group(1), AI)))
        m = re.match(r"^Nvidia driver version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)$", line, AI)
        if m:
            set_once(facts, "driver_version", m.group(1))
        if re.match(r"^GPU models and configuration *: *(?:Could not collect|No CUDA)$", line, AI):
            facts["collect_no_gpu"] = True


def value_token(token):
    return bool(re.match(r"^'[0-9][0-9A-Za-z.+_-]*'$|^[0-9][0-9A-Za-z.+_-]*$|^(?:True|False|None)$", token, A))


def take_torch_value(facts, key, raw):
    value = re.sub(r"^'|'$", "", raw, flags=A)
    if key == "cuda_available":
        if value in ("True", "False"):
            set_once(facts, key, value == "True")
    elif key == "torch_cuda":
        if value == "None":
            if facts["cpu_reason"] is None:
                facts["cpu_reason"] = "none"
                facts["cpu_raw"] = "None"
        elif re.match(r"^[0-9]{1,3}\.[0-9]{1,3}$", value, A):
            set_once(facts, key, value)
    elif re.match(r"^[0-9]", value, A):
        set_once(facts, key, value)


LABELLED = [
    ("torch_version", re.compile(r"^(?:torch|pytorch|torch version|torch\.__version__|torch_version|__version__) *[:=] *"
                                 r"('?[0-9][0-9A-Za-z.+_-]*'?)$", AI)),
    ("torch_cuda", re.compile(r"^(?:torch\.version\.cuda|torch cuda|torch cuda version|torch_cuda|torch\.cuda\.version) *[:=] *"
                              r"('?[0-9]{1,3}\.[0-9]{1,3}'?|None)$", AI)),
    ("cuda_available", re.compile(r"^(?:torch\.cuda\.is_available\(\)|cuda available|cuda_available|cuda is available|"
                                  r"is_available(?:\(\))?) *[:=] *(True|False)$", AI)),
]


def parse_torch_print(lines, facts):
    """A printed torch.__version__ / torch.version.cuda / torch.cuda.is_available(), in the REPL, from python -c, or labelled."""
    seen = False
    for i, line in enumerate(lines):
        labelled = False
        for key, pattern in LABELLED:
            m = pattern.match(line)
            if m:
                take_torch_value(facts, key, m.group(1))
                labelled = True
                seen = True
        if labelled:
            continue
        if re.search(r"^(?:>>> *)?(?:import torch\b|from torch\b)|-c +[\"']import torch\b", line, A):
            seen = True
        exprs = sorted(((key, line.find(expr)) for key, expr in EXPRESSIONS if line.find(expr) >= 0), key=lambda e: e[1])
        if not exprs:
            continue
        seen = True
        for j in range(i + 1, min(len(lines), i + 16)):
            out = re.sub(r"^Out\[[0-9]+\]: *", "", lines[j], count=1, flags=A)
            if re.match(r"^(?:>>>|In \[)", out, A) or any(expr in out for _, expr in EXPRESSIONS):
                break
            tokens = re.split(r" +", out)
            if not out or len(tokens) != len(exprs) or not all(value_token(t) for t in tokens):
                continue
            for (key, _), token in zip(exprs, tokens):
                take_torch_value(facts, key, token)
            break
    if seen:
        add_source(facts, "torch-print")


def detect_errors(lines, facts):
    """Error messages from nvidia-smi, NVML and PyTorch."""
    for line in lines:
        if re.search(r"couldn'?t communicate with the NVIDIA driver", line, AI):
            add_source(facts, "nvidia-smi")
            if facts["no_driver"] is None:
                facts["no_driver"] = "smi-failed"
        m = re.search(r"nvidia-smi(?:\.exe)?: *(?:command )?not found|command not found: *nvidia-smi\b|Command 'nvidia-smi' not found|"
                      r"'nvidia-smi(?:\.exe)?' is not recognized|'nvidia-smi' 不是内部或外部命令", line, AI)
        if m:
            add_source(facts, "nvidia-smi")
            if facts["no_driver"] is None:
                facts["no_driver"] = "smi-missing"
                facts["no_driver_text"] = m.group(0)
        if re.search(r"Found no NVIDIA driver on your system", line, AI):
            add_source(facts, "torch-print")
            if facts["no_driver"] is None:
                facts["no_driver"] = "torch"
        if re.search(r"Driver/library version mismatch", line, AI):
            add_source(facts, "nvidia-smi")
            facts["mismatch"] = True
        m = re.search(r"Unable to determine the device handle for GPU ?[0-9A-Fa-f:.]+: *[A-Za-z][A-Za-z ]*[A-Za-z]|"
                      r"GPU [0-9A-Fa-f:.]+ has fallen off the bus|No devices were found|GPU is lost", line, AI)
        if m:
            add_source(facts, "nvidia-smi")
            if facts["gpu_error"] is None:
                facts["gpu_error"] = m.group(0)
        m = re.search(r"The NVIDIA driver on your system is too old \(found version ([0-9]{1,9})\)", line, AI)
        if m:
            add_source(facts, "torch-print")
            set_once(facts, "torch_driver_old", int(m.group(1)))
        if re.search(r"CUDA driver initialization failed", line, AI):
            add_source(facts, "torch-print")
            facts["init_failed"] = True
        if re.search(r"no kernel image is available for execution on the device", line, AI):
            add_source(facts, "torch-print")
            facts["no_kernel_image"] = True
        if " with CUDA capability sm_" in line:
            m = re.search(r"([A-Za-z0-9][A-Za-z0-9 ._-]*?) with CUDA capability sm_([0-9]{2,3}) "
                          r"is not compatible with the current PyTorch installation", line, A)
            if m:
                add_source(facts, "torch-print")
                if facts["arch_warning"] is None:
                    facts["arch_warning"] = {"gpu": trim_spaces(m.group(1)), "sm": m.group(2)}
        if re.search(r"Torch not compiled with CUDA enabled", line, A):
            add_source(facts, "torch-print")
            if facts["cpu_reason"] is None:
                facts["cpu_reason"] = "error"
                facts["cpu_raw"] = "Torch not compiled with CUDA enabled"


OS_WSL = re.compile(r"microsoft-standard|/usr/lib/wsl/|\bWSL2\b", AI)
OS_WSL1 = re.compile(r"[0-9]-Microsoft\b", A)
OS_MAC = re.compile(r"^OS *: *(?:macOS|Mac OS)|Darwin|macOS-[0-9]", AIM)
OS_WINDOWS = re.compile(
    r"^OS *: *Microsoft Windows|^Python platform *: *Windows|TCC/WDDM|Driver-Model|\bWDDM\b|"
    r"^(?:\([^)]*\) *)?PS [A-Za-z]:\\|^[A-Za-z]:\\[^\n]*>|[A-Za-z]:\\Program Files|"
    r"is not recognized as an internal or external command|不是内部或外部命令|\.dll\b|\.exe\b|\bon win32\b", AIM)
OS_LINUX = re.compile(
    r"Persistence-M|^OS *: *(?:Ubuntu|Debian|CentOS|Red Hat|Rocky|AlmaLinux|Fedora|Arch|openSUSE|SUSE|Linux|"
    r"Amazon Linux|Oracle Linux|Pop!_OS)|^Python platform *: *Linux|\bon linux\b|Failed to initialize NVML|"
    r"(?:^|[ :'\"=(])/(?:usr|home|root|opt|bin|etc|var|mnt|lib|lib64|sbin|proc|dev|run|srv|sys|tmp)/|"
    r"^(?:\([^)]*\) *)?[^ @]+@[^ :]+:[^\n]*[$#]|^\$ |^\[[^\]]+\][$#]", AIM)


def detect_os(lines, facts):
    """What the text itself shows about the system; nothing shown gives "unknown"."""
    text = "\n".join(lines)
    facts["mac"] = bool(OS_MAC.search(text))
    if OS_WSL.search(text) or OS_WSL1.search(text):
        facts["os"] = "wsl"
    elif facts["mac"]:
        facts["os"] = "unknown"
    elif OS_WINDOWS.search(text):
        facts["os"] = "windows"
    elif OS_LINUX.search(text):
        facts["os"] = "linux"
    else:
        facts["os"] = "unknown"


def parse_report(text):
    """The facts a pasted report shows; values it does not show are None. Never raises on any string."""
    facts = empty_facts()
    lines = split_lines(text)
    facts["empty"] = all(l == "" for l in lines)
    found = {"table": [], "query": [], "csv": [], "list": []}
    parse_smi_table(lines, facts, found)
    parse_smi_query(lines, facts, found)
    parse_smi_csv(lines, facts, found)
    parse_gpu_list(lines, facts, found)
    parse_nvcc(lines, facts)
    parse_collect_env(lines, facts)
    parse_torch_print(lines, facts)
    detect_errors(lines, facts)
    detect_os(lines, facts)
    gpus = found["csv"] or found["list"] or found["query"] or found["table"]
    facts["gpus"] = list(gpus)
    facts["gpu_count"] = len(gpus) if gpus else None
    if facts["nvcc_version"] is not None:
        facts["nvcc_missing"] = None
    facts["sources"] = [s for s in SOURCES if s in facts["sources"]]
    return facts


# ---------- look-ups in the dataset ----------


def lookup_gpu(data, name):
    """Compute capability of a GPU name as nvidia-smi shows it, or None. Truncated names ("GeForce RTX 207...")
    count only when every dataset name they could be agrees on one capability."""
    truncated = bool(re.search(r"(?:\.\.\.|\u2026)$", name))
    base = trim_spaces(re.sub(r"(?:\.\.\.|\u2026)$", "", name, count=1))
    tries = []
    if not truncated:
        tries.append(base)
    if base.find("-") > 0:
        tries.append(base.split("-")[0])
    if not truncated:
        words = re.split(r" +", base)
        for n in range(len(words) - 1, 0, -1):
            shorter = " ".join(words[:n])
            if re.search(r"[0-9]", shorter, A):
                tries.append(shorter)
    for t in tries:
        gpu = find_gpu(data, t)
        if gpu:
            return gpu["cc"]
    if not truncated:
        return None
    key = normalize_name(base)
    if not re.search(r"[0-9]", key, A):
        return None
    ccs = []
    wanted = re.sub(r"^(?:geforce|tesla|quadro|nvidia) ", "", key, count=1)
    for k in data["gpuKeys"]:
        stripped = re.sub(r"^(?:geforce|tesla|quadro|nvidia) ", "", k, count=1)
        if stripped.startswith(wanted):
            cc = data["gpus"][data["gpuKeys"][k]]["cc"]
            if cc not in ccs:
                ccs.append(cc)
    return ccs[0] if len(ccs) == 1 else None


def torch_cuda(facts):
    """The PyTorch CUDA version the installed build was made for: the +cuXYZ tag, else torch.version.cuda."""
    m = re.search(r"\+cu([0-9]+)([0-9])$", facts["torch_version"] or "", A)
    if m:
        return m.group(1) + "." + m.group(2)
    return facts["torch_cuda"]


def find_build(data, facts):
    """Index into data["builds"] of the installed build, or -1 (nightlies and unlisted releases are not there)."""
    cuda = torch_cuda(facts)
    if not facts["torch_version"] or not cuda:
        return -1
    core = facts["torch_version"].split("+")[0]
    tag = cuda_tag(cuda)
    for i, b in enumerate(data["builds"]):
        if b["torch"] == core and b["tag"] == tag:
            return i
    return -1


def driver_status(data, cuda, driver, os_name):
    """"ok", "limited" (minor-version compatibility) or "unsupported" for a CUDA X.Y build on a driver; None without a rule."""
    rules = data["driverRules"].get(cuda)
    rule = rules.get(RULE_COLUMN[os_name]) if rules else None
    if not rule or not rule.get("need"):
        return None
    if compare_versions(driver, rule["need"]) >= 0:
        return "ok"
    if rule.get("floor") and compare_versions(driver, rule["floor"]) >= 0:
        return "limited"
    return "unsupported"


def best_build_for(data, cc, driver, os_name):
    """The newest build (by PyTorch, then CUDA) for this platform that the driver fully meets and that runs on compute
    capability cc; a None driver or cc is not checked."""
    verdicts = data["ccs"].get(cc) if cc is not None else None
    if cc is not None and verdicts is None:
        return None
    plat = "windows" if os_name == "windows" else "linux"
    best = None
    for i, b in enumerate(data["builds"]):
        if verdicts is not None and (i >= len(verdicts) or not verdicts[i] or verdicts[i][0] != "ok"):
            continue
        if plat not in b["platforms"]:
            continue
        if driver and driver_status(data, b["cuda"], driver, os_name) != "ok":
            continue
        if best is None:
            best = b
            continue
        t = compare_versions(b["torch"], best["torch"])
        if t > 0 or (t == 0 and compare_versions(b["cuda"], best["cuda"]) > 0):
            best = b
    return best


def toolkit_need(data, version, os_name):
    """The minimum driver of the first release of toolkit X.Y on this OS, or None."""
    col = "linux" if os_name in ("linux", "unknown") else "windows"
    for t in data["toolkits"]:
        if xy(t["v"]) == version and t.get(col):
            return t[col]
    return None


def floor_for(data, major_version, os_name):
    col = "linux" if os_name in ("linux", "unknown") else "windows"
    for f in data["floors"]:
        if f["major"] == major_version:
            return f.get(col)
    return None


def gpu_cc(data, facts, name):
    """Compute capability of a listed GPU: the CSV's compute_cap, else the dataset's; None when unknown."""
    if name in facts["compute_caps"]:
        return facts["compute_caps"][name]
    return lookup_gpu(data, name)


def first_cc(data, facts):
    """The capability of the first listed GPU that has one, or None."""
    for name in facts["gpus"]:
        cc = gpu_cc(data, facts, name)
        if cc is not None:
            return cc
    return None


def has_gpu_evidence(facts):
    return len(facts["gpus"]) > 0 or facts["driver_version"] is not None


# ---------- diagnose ----------


def finding(severity, code, message, link_key=None):
    return {"severity": severity, "code": code, "message": message, "link": LINKS[link_key or code]}


def check_recognized(facts, data, out):
    if facts["sources"]:
        return
    head = "还没有可分析的内容。" if facts["empty"] else "没有认出这段文字里的 nvidia-smi、nvcc -V 或 PyTorch 输出。"
    out.append(finding("warning", "not-recognized", head + "请把下面几条命令的完整输出原样粘贴进来：nvidia-smi、nvcc -V，以及 "
                       'python -c "import torch; print(torch.__version__, torch.version.cuda, torch.cuda.is_available())"'
                       "（也可以改贴 python -m torch.utils.collect_env 的输出）。"))


def check_no_driver(facts, data, out):
    if facts["no_driver"] is None:
        return
    if facts["no_driver"] == "smi-failed":
        message = ("nvidia-smi 连不上 NVIDIA 驱动（“NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver”）："
                   "驱动没有装好，或者内核模块没有加载（常见于内核升级后 DKMS 没有重建、Secure Boot 拒绝加载、nouveau 占着显卡）。"
                   "如果是在 Docker 容器里运行，先确认宿主机上 nvidia-smi 正常，再用 --gpus all 启动容器并装好 NVIDIA Container Toolkit。")
    elif facts["no_driver"] == "smi-missing":
        message = ("找不到 nvidia-smi 命令（“" + facts["no_driver_text"] + "”）：这台机器多半还没有安装 NVIDIA 驱动。"
                   "先安装驱动，装好后 nvidia-smi 应能列出显卡。")
    else:
        message = ("PyTorch 报告找不到 NVIDIA 驱动（“Found no NVIDIA driver on your system”）：这个环境里没有可用的驱动。"
                   "先安装驱动并确认 nvidia-smi 能列出显卡。")
    if facts["os"] == "wsl":
        message += ("在 WSL2 里，驱动只装在 Windows 上，WSL 里不要装 Linux 版驱动；nvidia-smi 位于 /usr/lib/wsl/lib。"
                    "先在 Windows 上更新驱动，再在 PowerShell 里运行 wsl --update 和 wsl --shutdown。")
    out.append(finding("error", "no-driver", message, "no-driver-wsl" if facts["os"] == "wsl" else "no-driver"))


def check_mismatch(facts, data, out):
    if not facts["mismatch"]:
        return
    out.append(finding("error", "driver-library-mismatch", "nvidia-smi 报告“Driver/library version mismatch”：驱动的用户态库已经升级，"
                       "但内核里加载的还是旧版本的模块（常见于自动更新之后）。重启机器即可恢复；暂时不能重启时，停掉所有用 GPU 的进程，"
                       "卸载再重新加载 nvidia 内核模块。重启后仍然出现，检查是否混用了几种驱动安装方式。"))


def check_gpu_error(facts, data, out):
    if facts["gpu_error"] is None:
        return
    out.append(finding("error", "gpu-error", "nvidia-smi 加载了驱动，但访问 GPU 时出错（“" + facts["gpu_error"] + "”）：常见原因是过热、"
                       "供电不足、PCIe 接触不良（掉卡）或硬件故障。用 dmesg 或 journalctl -k 查看 Xid 报错，检查散热和供电后重启；反复出现就联系硬件厂商。"))


def torch_driver_said(facts):
    """"found version 12080，即驱动最高只支持 CUDA 12.8" for PyTorch's own too-old message, or ""."""
    n = facts["torch_driver_old"]
    if n is None:
        return ""
    return "found version " + str(n) + "，即驱动最高只支持 CUDA " + str(n // 1000) + "." + str((n % 1000) // 10)


def check_driver_too_old(facts, data, out):
    tc = torch_cuda(facts)
    status = driver_status(data, tc, facts["driver_version"], facts["os"]) if data and facts["driver_version"] and tc else None
    if status == "unsupported":
        rule = data["driverRules"][tc][RULE_COLUMN[facts["os"]]]
        message = ("驱动 " + facts["driver_version"] + " 对装的 PyTorch" + (" " + facts["torch_version"] if facts["torch_version"] else "")
                   + " 来说太旧：CUDA " + tc + " 构建" + NEEDS[facts["os"]] + rule["need"]
                   + ("（靠次版本兼容也至少要 " + rule["floor"] + "）" if rule.get("floor") else "") + "。"
                   + (UNKNOWN_OS_NOTE if facts["os"] == "unknown" else "")
                   + ("PyTorch 自己也这样报告（" + torch_driver_said(facts) + "）。" if facts["torch_driver_old"] is not None else ""))
        severity = "error"
        if facts["cuda_available"] is True:
            severity = "warning"
            message += "不过 PyTorch 报告 CUDA 可用，这通常说明装了 NVIDIA 的前向兼容包（cuda-compat，只适用于数据中心 GPU）；没有装的话仍应升级驱动。"
        else:
            best = best_build_for(data, first_cc(data, facts), facts["driver_version"], facts["os"])
            message += ("升级驱动；或者改装这个驱动能直接运行的构建，例如 PyTorch " + best["torch"] + "（" + best["tag"] + "）。" if best
                        else "数据集里没有这个驱动能直接运行的 PyTorch 构建，只能升级驱动。")
        out.append(finding(severity, "driver-too-old-for-torch", message))
    elif facts["torch_driver_old"] is not None:
        out.append(finding("error", "driver-too-old-for-torch", "PyTorch 报告驱动太旧（" + torch_driver_said(facts) + "）"
                           + ("，而装的 PyTorch 是 CUDA " + tc + " 构建" if tc else "")
                           + "：升级驱动，或者改装与驱动匹配的较低 CUDA 版本的 PyTorch 构建。"))


def check_cpu_only(facts, data, out):
    reason = facts["cpu_reason"]
    tv = facts["torch_version"] or ""
    if re.search(r"\+cpu$", tv, A):
        reason = "suffix"
    if reason is None or re.search(r"\+rocm", tv, A):
        return
    if reason != "suffix" and facts["torch_cuda"] is not None:
        return
    if reason == "suffix":
        why = "版本号 " + facts["torch_version"] + " 带 +cpu 后缀"
    elif reason == "collect":
        why = "collect_env 的“CUDA used to build PyTorch”是 " + facts["cpu_raw"]
    elif reason == "none":
        why = "torch.version.cuda 是 None"
    else:
        why = "报错“Torch not compiled with CUDA enabled”"
    if facts["mac"]:
        out.append(finding("warning", "cpu-only-torch", "这是 macOS 上的 PyTorch（" + why + "）：macOS 没有 CUDA 版 PyTorch，"
                           "要用 NVIDIA GPU，需要在 Linux 或 Windows 机器上安装 CUDA 构建。"))
        return
    if facts["gpus"]:
        gpu_part = "，即使机器上有 " + facts["gpus"][0]
    elif facts["driver_version"]:
        gpu_part = "，即使驱动 " + facts["driver_version"] + " 已经装好"
    else:
        gpu_part = ""
    message = ("装的是 CPU 版 PyTorch" + (" " + facts["torch_version"] if facts["torch_version"] and reason != "suffix" else "")
               + "（" + why + "），它用不了 GPU" + gpu_part + "。卸载后从 PyTorch 的 CUDA 索引重装")
    cc = first_cc(data, facts) if data else None
    best = best_build_for(data, cc, facts["driver_version"], facts["os"]) if data and facts["driver_version"] else None
    if best:
        message += ("：按驱动 " + facts["driver_version"] + (" 和计算能力 " + cc if cc else "") + "，可以装 PyTorch "
                    + best["torch"] + "（" + best["tag"] + "），命令：" + best["pip"])
    else:
        message += "（用 --index-url 指定 cu 开头的索引，版本按驱动选）。"
    out.append(finding("error" if has_gpu_evidence(facts) else "warning", "cpu-only-torch", message))


def check_arch(facts, data, out):
    emitted = False
    index = find_build(data, facts) if data else -1
    if index >= 0:
        build = data["builds"][index]
        seen = []
        for name in facts["gpus"]:
            if name in seen:
                continue
            seen.append(name)
            cc = gpu_cc(data, facts, name)
            verdict = data["ccs"][cc][index] if cc is not None and cc in data["ccs"] else None
            if not verdict or verdict[0] != "unsupported":
                continue
            sm = "sm_" + cc.replace(".", "", 1)
            best = best_build_for(data, cc, facts["driver_version"], facts["os"])
            out.append(finding("error", "arch-not-in-build", name + " 的计算能力是 " + cc + "（" + sm + "），装的 PyTorch " + facts["torch_version"]
                               + "（" + build["tag"] + "）不能在它上面运行：" + data["strings"][verdict[1]] + "请改装包含 " + sm + " 的构建"
                               + ("，例如 PyTorch " + best["torch"] + "（" + best["tag"] + "）" if best else "") + "。"))
            emitted = True
    if emitted:
        return
    if facts["arch_warning"] is not None:
        w = facts["arch_warning"]
        out.append(finding("error", "arch-not-in-build", "PyTorch 报告 " + w["gpu"] + "（sm_" + w["sm"] + "）"
                           "与当前安装的构建不兼容：这个构建没有为该架构编译代码。请改装包含 sm_" + w["sm"] + " 的较新构建。"))
    elif facts["no_kernel_image"]:
        out.append(finding("error", "arch-not-in-build", "PyTorch 报告“no kernel image is available for execution on the device”："
                           "装的构建没有为这块 GPU 的架构编译代码。用 torch.cuda.get_device_capability() 查看计算能力，改装包含它的构建。"))


def check_toolkit(facts, data, out):
    if not data or not facts["nvcc_version"] or not facts["driver_version"]:
        return
    version = xy(facts["nvcc_version"])
    need = toolkit_need(data, version, facts["os"])
    if not need or compare_versions(facts["driver_version"], need) >= 0:
        return
    answer = driver_answer(data, facts["driver_version"], "linux" if facts["os"] == "unknown" else facts["os"])
    floor = floor_for(data, major(version), facts["os"])
    message = ("nvcc 显示系统装的 CUDA Toolkit 是 " + facts["nvcc_version"] + "，但 CUDA " + version + " " + NEEDS[facts["os"]] + need
               + "，这里的驱动是 " + facts["driver_version"]
               + ("（最高满足 CUDA " + xy(answer["newest"]["v"]) + "）" if answer["newest"] else "") + "。"
               + (UNKNOWN_OS_NOTE if facts["os"] == "unknown" else ""))
    if floor and compare_versions(facts["driver_version"], floor) >= 0:
        message += "同一主版本内的次版本兼容能让多数程序照常运行，但依赖新驱动的功能（如较新 PTX 的 JIT 编译）会失败。"
    else:
        message += "用它编译的程序运行时会报“CUDA driver version is insufficient for CUDA runtime version”。"
    message += "升级驱动，或者换用不高于驱动支持版本的 Toolkit。"
    out.append(finding("warning", "toolkit-too-new-for-driver", message))


def check_unavailable(facts, data, out):
    if facts["cuda_available"] is not False:
        return
    explained = ("no-driver", "driver-library-mismatch", "gpu-error", "driver-too-old-for-torch", "cpu-only-torch")
    if any(f["code"] in explained for f in out):
        return
    tc = torch_cuda(facts)
    message = ("torch.cuda.is_available() 返回 False"
               + ("（PyTorch " + facts["torch_version"] + ("，CUDA " + tc + " 构建" if tc else "") + "）" if facts["torch_version"] else "") + "。")
    if facts["init_failed"]:
        message += "PyTorch 提示“CUDA driver initialization failed”：进程里初始化驱动失败。先在同一个环境里运行 nvidia-smi 看驱动是否正常；在容器里要用 --gpus all 启动。"
    elif facts["collect_no_gpu"]:
        message += "collect_env 也没读到驱动和 GPU（Could not collect），说明这个环境看不到 NVIDIA 驱动：先在同一个环境里运行 nvidia-smi。"
    else:
        message += ("驱动、构建和显卡看起来都没有问题时，常见原因是 CUDA_VISIBLE_DEVICES 把 GPU 藏起来了（为空或 -1），"
                    "或者运行的不是装包的那个 Python（比如 Jupyter 内核指向了别的环境）。")
    out.append(finding("warning", "cuda-unavailable", message))


def check_wsl(facts, data, out):
    if facts["os"] != "wsl":
        return
    out.append(finding("info", "wsl", "这是 WSL2 环境：GPU 驱动只装在 Windows 上，WSL 里不要安装 Linux 版 NVIDIA 驱动，"
                       "否则会盖掉 /usr/lib/wsl/lib 里由 Windows 驱动提供的 libcuda。"
                       + ("nvidia-smi 显示的驱动 " + facts["driver_version"] + " 就是 Windows 上装的那个。" if facts["driver_version"] else "")
                       + "需要 nvcc 时，在 WSL 里只装 CUDA Toolkit（WSL-Ubuntu 专用的 cuda-toolkit 包），不要装 cuda 或 cuda-drivers 元包。"))


def check_numbers(facts, data, out):
    cv = facts["cuda_version"]
    nv = xy(facts["nvcc_version"]) if facts["nvcc_version"] else None
    tc = torch_cuda(facts)
    if not cv and not nv and not tc and not facts["nvcc_missing"]:
        return
    parts_ = []
    if cv:
        parts_.append("nvidia-smi 右上角的 CUDA Version " + cv + " 是驱动" + (" " + facts["driver_version"] if facts["driver_version"] else "")
                      + " 最高能支持的 CUDA 版本，不表示装了 CUDA Toolkit。")
    if nv:
        parts_.append("nvcc -V 的 " + facts["nvcc_version"] + " 是系统里装的 CUDA Toolkit，只在编译 CUDA 代码（如 PyTorch 扩展）时用到。")
    elif facts["nvcc_missing"]:
        parts_.append("没有找到 nvcc（没装 CUDA Toolkit，或者它不在 PATH 里）：只用 pip 或 conda 装的 PyTorch 不需要它，编译 CUDA 扩展时才要装。")
    if tc:
        parts_.append("torch.version.cuda 的 " + tc + " 是 PyTorch 安装包自带的 CUDA 运行时，和系统里的 Toolkit 无关。")
    if cv and tc:
        if compare_versions(tc, cv) <= 0:
            parts_.append("PyTorch 的 CUDA " + tc + " 不高于驱动支持的 " + cv + "：匹配。")
        elif major(tc) == major(cv):
            parts_.append("PyTorch 的 CUDA " + tc + " 高于驱动支持的 " + cv + "，但主版本相同，靠次版本兼容通常能运行，建议升级驱动。")
        else:
            parts_.append("PyTorch 的 CUDA " + tc + " 高于驱动支持的 " + cv + "，而且跨了主版本：要升级驱动，或改装较低 CUDA 版本的构建。")
    if cv and nv:
        if compare_versions(nv, cv) <= 0:
            parts_.append("Toolkit " + nv + " 不高于驱动支持的 " + cv + "：匹配。")
        else:
            parts_.append("Toolkit " + nv + " 高于驱动支持的 " + cv + "：用它编译的程序可能运行不了。")
    if nv and tc:
        if major(nv) == major(tc):
            parts_.append("Toolkit 和 PyTorch 的 CUDA 主版本一致（" + str(major(nv)) + "），编译 PyTorch 扩展没有问题。")
        else:
            parts_.append("Toolkit " + nv + " 和 PyTorch 的 CUDA " + tc + " 主版本不同：不影响 PyTorch 本身，但编译 PyTorch 的 CUDA 扩展时会报版本不一致。")
    out.append(finding("info", "cuda-numbers", "".join(parts_)))


def diagnose(facts, data):
    """Findings for parsed facts, worst first; data is GPUKB_DATA (checks that need it are skipped without it)."""
    out = []
    check_recognized(facts, data, out)
    check_no_driver(facts, data, out)
    check_mismatch(facts, data, out)
    check_gpu_error(facts, data, out)
    check_driver_too_old(facts, data, out)
    check_cpu_only(facts, data, out)
    check_arch(facts, data, out)
    check_toolkit(facts, data, out)
    check_unavailable(facts, data, out)
    check_wsl(facts, data, out)
    check_numbers(facts, data, out)
    return sorted(out, key=lambda f: SEVERITY_ORDER[f["severity"]])


def analyze(text, data):
    """The result JSON shared with diagnose.js."""
    facts = parse_report(text)
    return {
        "recognized": len(facts["sources"]) > 0,
        "sources": facts["sources"],
        "driver_version": facts["driver_version"],
        "cuda_version": facts["cuda_version"],
        "gpus": facts["gpus"],
        "gpu_count": facts["gpu_count"],
        "os": facts["os"],
        "torch_version": facts["torch_version"],
        "torch_cuda": facts["torch_cuda"],
        "cuda_available": facts["cuda_available"],
        "nvcc_version": facts["nvcc_version"],
        "findings": diagnose(facts, data or None),
    }


# ---------- this machine ----------

TORCH_PRINT = r"""
import importlib.util, sys
if importlib.util.find_spec("torch") is None:
    sys.exit(3)
print(">>> import torch", flush=True)
import torch
print(">>> torch.__version__", flush=True)
print(repr(str(torch.__version__)), flush=True)
print(">>> torch.version.cuda", flush=True)
print(repr(torch.version.cuda if torch.version.cuda is None else str(torch.version.cuda)), flush=True)
print(">>> torch.cuda.is_available()", flush=True)
print(torch.cuda.is_available(), flush=True)
"""


def run_command(args, timeout):
    """What a terminal would show for a command: its output, or the shell's words when it is missing or hangs."""
    try:
        proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        return proc.stdout.decode("utf-8", "replace")
    except FileNotFoundError:
        if os.name == "nt":
            return "'%s' is not recognized as an internal or external command,\noperable program or batch file.\n" % args[0]
        return "%s: command not found\n" % args[0]
    except subprocess.TimeoutExpired:
        return "%s: no answer after %d s\n" % (" ".join(args), timeout)
    except OSError as error:
        return "%s: %s\n" % (args[0], error)


def collect_live():
    """This machine's nvidia-smi, its CSV query, nvcc -V, a torch print, CUDA_HOME and PATH, as one pasted text."""
    chunks = [
        run_command(["nvidia-smi"], 30),
        run_command(["nvidia-smi", "--query-gpu=name,driver_version,compute_cap", "--format=csv"], 30),
        run_command(["nvcc", "-V"], 30),
    ]
    try:
        proc = subprocess.run([sys.executable, "-c", TORCH_PRINT], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        if proc.returncode != 3:
            chunks.append(proc.stdout.decode("utf-8", "replace"))
    except (subprocess.TimeoutExpired, OSError) as error:
        chunks.append(">>> import torch\n%s\n" % error)
    chunks.append("Python platform: %s\nCUDA_HOME=%s\nPATH=%s\n" % (
        platform.platform(), os.environ.get("CUDA_HOME", ""), os.environ.get("PATH", "")))
    return "\n".join(chunks)


def load_data(path):
    """The object a compat-data.js file assigns to window.GPUKB_COMPAT."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read().strip()
    text = re.sub(r"^window\.GPUKB_COMPAT *= *", "", text, count=1, flags=A)
    if text.endswith(";"):
        text = text[:-1]
    return json.loads(text)


SEVERITY_LABEL = {"error": "错误", "warning": "警告", "info": "说明"}
OS_SHOWN = {"linux": "Linux", "windows": "Windows", "wsl": "WSL2", "unknown": "未能判断"}


def summary(result, has_data):
    """The result as Chinese text for a terminal."""
    def shown(value):
        if value is None or value == []:
            return "—"
        if isinstance(value, bool):
            return "True" if value else "False"
        if isinstance(value, list):
            return "、".join(value)
        return str(value)
    rows = [
        ("认出的输出", result["sources"]), ("驱动版本", result["driver_version"]),
        ("驱动支持的最高 CUDA", result["cuda_version"]), ("GPU", result["gpus"]), ("GPU 数量", result["gpu_count"]),
        ("系统", OS_SHOWN[result["os"]]), ("PyTorch", result["torch_version"]), ("PyTorch 的 CUDA", result["torch_cuda"]),
        ("torch.cuda.is_available()", result["cuda_available"]), ("nvcc（CUDA Toolkit）", result["nvcc_version"]),
    ]
    lines = ["gpukb 环境检查", ""]
    lines += ["%s：%s" % (label, shown(value)) for label, value in rows]
    lines.append("")
    if not has_data:
        lines += ["（没有兼容数据，跳过了与驱动、构建、架构的比对；可用 --data site/resolve/compat-data.js 指定。）", ""]
    if not result["findings"]:
        lines.append("没有发现问题。")
    for f in result["findings"]:
        lines.append("[%s] %s" % (SEVERITY_LABEL[f["severity"]], f["code"]))
        lines.append("  " + f["message"])
        lines.append("  详见知识库：" + f["link"])
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="check_env.py",
        description="检查 NVIDIA 驱动、CUDA Toolkit 与 PyTorch 是否匹配。不带参数时检查本机；"
                    "--report 读取别人粘贴的 nvidia-smi / nvcc -V / collect_env / torch 输出。只用 Python 标准库。")
    parser.add_argument("--report", metavar="FILE", help="读取粘贴的报告文件；用 - 从标准输入读")
    parser.add_argument("--json", action="store_true", help="输出 JSON（与知识库诊断页相同的结果）")
    parser.add_argument("--data", metavar="FILE", help="从 compat-data.js 读取兼容数据（默认用内置数据）")
    args = parser.parse_args(argv)
    try:
        data = load_data(args.data) if args.data else GPUKB_DATA
        if args.report == "-":
            text = sys.stdin.buffer.read().decode("utf-8", "replace")
        elif args.report:
            with open(args.report, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        else:
            text = collect_live()
    except (OSError, ValueError) as error:
        parser.error("读不了输入：%s" % error)
    result = analyze(text, data)
    out = json.dumps(result, ensure_ascii=False, indent=2) + "\n" if args.json else summary(result, data is not None)
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
