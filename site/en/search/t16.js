(self.GPUKB_SEARCH_DATA||(self.GPUKB_SEARCH_DATA={})).t16={"预编":["U2"],"频繁":["U2"],"题":["U2"],"驱动":["W2EI5"],"验证":["wL5"],"高":["U2"],"默认":["xL5"]};
